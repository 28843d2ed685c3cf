package dev.enfyra.runtime.dialect.mysql;

import dev.enfyra.runtime.dialect.Ddl;
import dev.enfyra.runtime.dialect.Dialect;
import dev.enfyra.runtime.dialect.ErrorTranslator;
import dev.enfyra.runtime.dialect.MigrationLock;
import dev.enfyra.runtime.dialect.MigrationSql;
import dev.enfyra.runtime.dialect.Paging;
import dev.enfyra.runtime.dialect.Quoting;
import dev.enfyra.runtime.dialect.SchemaReader;
import dev.enfyra.runtime.dialect.SqlTypes;
import dev.enfyra.runtime.dialect.TextSearch;
import dev.enfyra.runtime.dialect.ValueCodec;

/**
 * MySQL 8.0.17+ and MariaDB 10.6+: one family, with the differences named by {@link Flavor}.
 *
 * <p>Tested against MariaDB 10.11. No MySQL server can run where this was written: the MySQL
 * flavor follows MySQL 8.0's reference manual and is not tested against a server.
 */
public final class MySqlDialect implements Dialect {

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
    private final SqlTypes types;
    private final Ddl ddl;
    private final TextSearch text;
    private final Paging paging = new MySqlPaging();
    private final ValueCodec values = new MySqlValues();
    private final ErrorTranslator errors = new MySqlErrors();
    private final SchemaReader reader;
    private final MigrationSql migrationSql;
    private final MigrationLock lock = new MySqlMigrationLock();

    public MySqlDialect(Flavor flavor) {
        this.flavor = flavor;
        this.types = new MySqlTypes(flavor);
        this.ddl = new MySqlDdl(Quoting.BACKTICKS, types, flavor);
        this.text = new MySqlTextSearch(flavor);
        this.reader = new MySqlSchemaReader(flavor);
        this.migrationSql = new MySqlMigrationSql(Quoting.BACKTICKS, types, ddl, flavor, reader);
    }

    public Flavor flavor() {
        return flavor;
    }

    @Override
    public String name() {
        return flavor.dialectName();
    }

    @Override
    public Quoting quoting() {
        return Quoting.BACKTICKS;
    }

    @Override
    public SqlTypes types() {
        return types;
    }

    @Override
    public Ddl ddl() {
        return ddl;
    }

    @Override
    public TextSearch text() {
        return text;
    }

    @Override
    public Paging paging() {
        return paging;
    }

    @Override
    public ValueCodec values() {
        return values;
    }

    @Override
    public ErrorTranslator errors() {
        return errors;
    }

    @Override
    public MigrationSql migrationSql() {
        return migrationSql;
    }

    @Override
    public MigrationLock migrationLock() {
        return lock;
    }

    @Override
    public SchemaReader schemaReader() {
        return reader;
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
