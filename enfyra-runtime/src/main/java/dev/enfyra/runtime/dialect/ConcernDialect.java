package dev.enfyra.runtime.dialect;

/**
 * A dialect made of its concern objects: the accessors of {@link Dialect} in one place, so that a
 * database's class only builds its concerns and answers the capability questions.
 */
public abstract class ConcernDialect implements Dialect {

    private final Concerns concerns;

    protected ConcernDialect(Concerns concerns) {
        this.concerns = concerns;
    }

    @Override
    public final Quoting quoting() {
        return concerns.quoting();
    }

    @Override
    public final SqlTypes types() {
        return concerns.types();
    }

    @Override
    public final Ddl ddl() {
        return concerns.ddl();
    }

    @Override
    public final TextSearch text() {
        return concerns.text();
    }

    @Override
    public final Paging paging() {
        return concerns.paging();
    }

    @Override
    public final ValueCodec values() {
        return concerns.values();
    }

    @Override
    public final ErrorTranslator errors() {
        return concerns.errors();
    }

    @Override
    public final SchemaReader schemaReader() {
        return concerns.schemaReader();
    }

    @Override
    public final MigrationSql migrationSql() {
        return concerns.migrationSql();
    }

    @Override
    public final MigrationLock migrationLock() {
        return concerns.migrationLock();
    }
}
