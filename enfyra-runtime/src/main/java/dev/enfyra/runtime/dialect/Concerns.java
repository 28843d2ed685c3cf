package dev.enfyra.runtime.dialect;

import java.util.Objects;

/** The concern objects of one dialect, built together because some need others (DDL needs types). */
public record Concerns(Quoting quoting, SqlTypes types, Ddl ddl, TextSearch text, Paging paging, ValueCodec values,
        ErrorTranslator errors, SchemaReader schemaReader, MigrationSql migrationSql, MigrationLock migrationLock) {

    public Concerns {
        Objects.requireNonNull(quoting, "quoting");
        Objects.requireNonNull(types, "types");
        Objects.requireNonNull(ddl, "ddl");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(paging, "paging");
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(errors, "errors");
        Objects.requireNonNull(schemaReader, "schemaReader");
        Objects.requireNonNull(migrationSql, "migrationSql");
        Objects.requireNonNull(migrationLock, "migrationLock");
    }
}
