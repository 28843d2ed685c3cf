package dev.enfyra.runtime.dialect;

import dev.enfyra.runtime.dialect.h2.H2Dialect;
import dev.enfyra.runtime.dialect.mysql.MySqlDialect;
import dev.enfyra.runtime.dialect.postgres.PostgresDialect;

/**
 * Everything that differs between databases, one concern per object, and the capability
 * questions the engine asks by name. Code outside the dialect packages never tests which
 * database it talks to: it asks the dialect.
 */
public interface Dialect {

    /** {@code h2}, {@code postgresql}, {@code mysql} or {@code mariadb}. */
    String name();

    /** Identifier quoting. */
    Quoting quoting();

    /** The SQL type of each column type. */
    SqlTypes types();

    /** CREATE statements for tables, junctions, indexes and foreign keys. */
    Ddl ddl();

    /** Case- and accent-insensitive text search with literal {@code %} and {@code _}. */
    TextSearch text();

    /** LIMIT/OFFSET and NULL ordering. */
    Paging paging();

    /** Binding parameters and reading results, per column type. */
    ValueCodec values();

    /** Which integrity rule an {@link java.sql.SQLException} broke. */
    ErrorTranslator errors();

    /** The statements of migration steps, and the migrator's own tables. */
    MigrationSql migrationSql();

    /** The lock that lets one instance migrate at a time. */
    MigrationLock migrationLock();

    /** The live physical schema, read back in the plan format's shape. */
    SchemaReader schemaReader();

    /** DDL statements inside a transaction are rolled back with it (PostgreSQL; not H2 or MySQL, which commit before DDL). */
    boolean supportsTransactionalDdl();

    /** {@code INSERT … RETURNING} gives generated keys in the same statement. */
    boolean supportsInsertReturning();

    /** Picks the dialect from a JDBC URL. */
    static Dialect forJdbcUrl(String url) {
        if (url.startsWith("jdbc:h2:")) {
            return new H2Dialect();
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return new PostgresDialect();
        }
        if (url.startsWith("jdbc:mariadb:")) {
            return new MySqlDialect(MySqlDialect.Flavor.MARIADB);
        }
        if (url.startsWith("jdbc:mysql:")) {
            return new MySqlDialect(MySqlDialect.Flavor.MYSQL);
        }
        throw new IllegalArgumentException("unsupported database URL \"" + url.replaceAll("\\?.*", "")
                + "\": use jdbc:h2:, jdbc:postgresql:, jdbc:mysql: or jdbc:mariadb:");
    }
}
