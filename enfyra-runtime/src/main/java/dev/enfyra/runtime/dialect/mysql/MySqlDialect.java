package dev.enfyra.runtime.dialect.mysql;

import dev.enfyra.runtime.dialect.Ddl;
import dev.enfyra.runtime.dialect.ConcernDialect;
import dev.enfyra.runtime.dialect.Concerns;
import dev.enfyra.runtime.dialect.Quoting;
import dev.enfyra.runtime.dialect.SchemaReader;
import dev.enfyra.runtime.dialect.SqlTypes;

/**
 * MySQL 8.0.17+ and MariaDB 10.6+: one family, with the differences named by {@link Flavor}.
 *
 * <p>Tested against MariaDB 10.11. No MySQL server can run where this was written: the MySQL
 * flavor follows MySQL 8.0's reference manual and is not tested against a server.
 */
public final class MySqlDialect extends ConcernDialect {

    /** The two servers; each difference between them is one question here. */
    public enum Flavor {
        MYSQL, MARIADB;

        /**
         * The collation of text columns: exact, case-sensitive equality and code-point order.
         * NO PAD, unlike {@code utf8mb4_bin}, under which {@code 'a' = 'a '} holds, a unique index
         * refuses both, and {@code 'a\t'} sorts before {@code 'a'}.
         */
        public String textCollation() {
            return this == MYSQL ? "utf8mb4_0900_bin" : "utf8mb4_nopad_bin";
        }

        /**
         * The accent- and case-insensitive collation of text search. MariaDB's
         * {@code utf8mb4_unicode_ci} (UCA 4.0) agrees with NFKD folding on more letters than its
         * UCA 5.2 and 14.0 collations, which equate ø with o, đ with d and ł with l (measured: see
         * {@link MySqlTextSearch}); MySQL's {@code utf8mb4_0900_ai_ci} is UCA 9.0.
         */
        public String searchCollation() {
            return this == MYSQL ? "utf8mb4_0900_ai_ci" : "utf8mb4_unicode_ci";
        }

        /**
         * MySQL has a JSON type; MariaDB's JSON is an alias of LONGTEXT, so it is spelled out
         * there as LONGTEXT with a {@code JSON_VALID} check.
         */
        public boolean hasJsonType() {
            return this == MYSQL;
        }

        /** MariaDB takes a literal DEFAULT on TEXT and JSON columns; MySQL refuses one (error 1101). */
        public boolean acceptsDefaultOnTextAndJson() {
            return this == MARIADB;
        }

        /** {@code INSERT … RETURNING}: MariaDB 10.5+; MySQL has none. */
        public boolean supportsInsertReturning() {
            return this == MARIADB;
        }

        String dialectName() {
            return this == MYSQL ? "mysql" : "mariadb";
        }
    }

    private final Flavor flavor;

    public MySqlDialect(Flavor flavor) {
        super(concerns(flavor));
        this.flavor = flavor;
    }

    private static Concerns concerns(Flavor flavor) {
        SqlTypes types = new MySqlTypes(flavor);
        Ddl ddl = new MySqlDdl(Quoting.BACKTICKS, types, flavor);
        SchemaReader reader = new MySqlSchemaReader(flavor);
        return new Concerns(Quoting.BACKTICKS, types, ddl, new MySqlTextSearch(flavor), new MySqlPaging(), new MySqlValues(),
                new MySqlErrors(), reader, new MySqlMigrationSql(Quoting.BACKTICKS, types, ddl, flavor, reader),
                new MySqlMigrationLock());
    }

    public Flavor flavor() {
        return flavor;
    }

    @Override
    public String name() {
        return flavor.dialectName();
    }











    /** Every DDL statement commits implicitly. */
    @Override
    public boolean supportsTransactionalDdl() {
        return false;
    }

    @Override
    public boolean supportsInsertReturning() {
        return flavor.supportsInsertReturning();
    }
}
