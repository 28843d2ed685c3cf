package dev.enfyra.codegen.diag;

import static dev.enfyra.codegen.diag.Severity.ERROR;
import static dev.enfyra.codegen.diag.Severity.WARNING;

/**
 * Every diagnostic the compiler can report. A code is never reused for another meaning:
 * tools and docs link to it. {@code docs/diagnostics.md} shows an example of each.
 */
public enum DiagnosticCode {
    // Files and JSON shape
    FILE_NOT_FOUND("ENF-S001", ERROR, "schema file not found"),
    JSON_SYNTAX("ENF-S002", ERROR, "JSON syntax error"),
    WRONG_JSON_TYPE("ENF-S003", ERROR, "value has the wrong JSON type"),
    UNKNOWN_KEY("ENF-S004", WARNING, "unknown key (ignored)"),
    MISSING_KEY("ENF-S005", ERROR, "required key missing"),
    DUPLICATE_JSON_KEY("ENF-S006", ERROR, "the same key twice in one JSON object"),

    // Tables and columns
    TABLE_KEY_MISMATCH("ENF-S010", ERROR, "table key differs from its name"),
    DUPLICATE_TABLE("ENF-S011", ERROR, "duplicate table name"),
    UNKNOWN_COLUMN_TYPE("ENF-S012", ERROR, "unknown column type"),
    DUPLICATE_COLUMN("ENF-S013", ERROR, "duplicate column name"),
    NO_PRIMARY_KEY("ENF-S014", ERROR, "table has no primary key"),
    SEVERAL_PRIMARY_KEYS("ENF-S015", ERROR, "table has several primary keys"),
    INVALID_PRIMARY_KEY("ENF-S016", ERROR, "primary key of an unsupported kind"),
    ENUM_WITHOUT_VALUES("ENF-S017", ERROR, "enum or array-select without values"),
    INVALID_OPTIONS("ENF-S018", ERROR, "column options do not fit the type"),
    INVALID_DEFAULT("ENF-S019", ERROR, "default value invalid for the column type"),
    RESERVED_COLUMN("ENF-S020", ERROR, "createdAt/updatedAt declared (they are implicit)"),
    INVALID_IDENTIFIER("ENF-S021", ERROR, "name is not a valid SQL identifier"),
    IDENTIFIER_TOO_LONG("ENF-S022", ERROR, "name longer than databases accept"),
    JAVA_NAME_CLASH("ENF-S023", ERROR, "two names map to the same Java identifier"),
    IGNORED_OPTIONS("ENF-S024", WARNING, "options on a type that takes none"),

    // Relations
    UNKNOWN_RELATION_TYPE("ENF-S030", ERROR, "unknown relation type"),
    DUPLICATE_RELATION("ENF-S031", ERROR, "duplicate relation property"),
    RELATION_CLASHES_WITH_COLUMN("ENF-S032", ERROR, "relation property has a column's name"),
    UNKNOWN_TARGET_TABLE("ENF-S033", ERROR, "relation to an unknown table"),
    INVERSE_CLASHES_WITH_COLUMN("ENF-S034", ERROR, "inverse property clashes with a column of the target"),
    INVERSE_CLASHES_WITH_RELATION("ENF-S035", ERROR, "inverse property clashes with a relation of the target"),
    ONE_TO_MANY_WITHOUT_OWNER("ENF-S036", ERROR, "one-to-many without an owning many-to-one"),
    INVALID_ON_DELETE("ENF-S037", ERROR, "unknown onDelete action"),
    SET_NULL_ON_REQUIRED("ENF-S038", ERROR, "onDelete SET NULL on a relation that is not nullable"),
    FK_COLUMN_CLASH("ENF-S039", ERROR, "foreign key column clashes with another column"),
    JUNCTION_NAME_CLASH("ENF-S040", ERROR, "junction table name already taken"),
    INVERSE_MISMATCH("ENF-S041", ERROR, "the two declared sides of a relation disagree"),
    IGNORED_RELATION_KEY("ENF-S042", WARNING, "relation key that does not apply to this relation type"),

    // Uniques and indexes
    UNKNOWN_KEY_FIELD("ENF-S050", ERROR, "unique or index names an unknown field"),
    TO_MANY_KEY_FIELD("ENF-S051", ERROR, "unique or index names a to-many relation"),
    INVALID_KEY_FIELDS("ENF-S052", ERROR, "empty unique or index, or a field named twice"),
    DUPLICATE_KEY_DEFINITION("ENF-S053", WARNING, "the same unique or index twice"),

    // snapshot-migration.json hints
    HINT_UNKNOWN_TABLE("ENF-M001", ERROR, "hint names a table that exists in neither version"),
    HINT_UNKNOWN_COLUMN("ENF-M002", ERROR, "hint names a column that exists in neither version"),
    HINT_UNKNOWN_RELATION("ENF-M003", ERROR, "hint names a relation that exists in neither version"),
    HINT_STALE("ENF-M004", WARNING, "hint has no effect on this version"),
    HINT_STILL_PRESENT("ENF-M005", WARNING, "hint removes something that is still in snapshot.json"),
    TABLE_REMOVED_WITHOUT_HINT("ENF-M006", ERROR, "table gone from snapshot.json without a hint"),
    COLUMN_REMOVED_WITHOUT_HINT("ENF-M007", ERROR, "column gone from snapshot.json without a hint"),
    RELATION_REMOVED_WITHOUT_HINT("ENF-M008", ERROR, "relation gone from snapshot.json without a hint"),
    UNSUPPORTED_CHANGE("ENF-M009", ERROR, "change a migration cannot express"),

    // Recorded migrations (src/main/enfyra/migrations)
    MIGRATION_EDITED("ENF-H001", ERROR, "recorded migration edited after it was recorded"),
    MIGRATION_INVALID("ENF-H002", ERROR, "recorded migration file unreadable or malformed"),
    MIGRATION_OUT_OF_ORDER("ENF-H003", ERROR, "recorded migrations do not form one chain"),

    // Destructive changes (what a migration can lose; confirmed with the confirm hash)
    DROPS_TABLE("ENF-C001", WARNING, "drops a table"),
    DROPS_COLUMN("ENF-C002", WARNING, "drops a column"),
    DROPS_RELATION("ENF-C003", WARNING, "drops a relation"),
    NARROWS_TYPE("ENF-C004", WARNING, "narrows a column's type or length"),
    ADDS_NOT_NULL("ENF-C005", WARNING, "makes a column NOT NULL"),
    REMOVES_ENUM_VALUE("ENF-C006", WARNING, "removes an enum value"),
    ADDS_UNIQUE("ENF-C007", WARNING, "adds a unique index"),

    // default-data.json and data-migration.json
    DATA_UNKNOWN_TABLE("ENF-D001", ERROR, "data for an unknown table"),
    DATA_UNKNOWN_FIELD("ENF-D002", ERROR, "data names an unknown field"),
    DATA_INEXACT_DELETE("ENF-D003", ERROR, "a _deletedRecords filter that is not an exact match");

    private final String id;
    private final Severity severity;
    private final String title;

    DiagnosticCode(String id, Severity severity, String title) {
        this.id = id;
        this.severity = severity;
        this.title = title;
    }

    /** The code whose id is {@code id}, e.g. {@code ENF-C002}. */
    public static DiagnosticCode byId(String id) {
        for (DiagnosticCode code : values()) {
            if (code.id.equals(id)) {
                return code;
            }
        }
        throw new IllegalArgumentException("no diagnostic code " + id);
    }

    /** The stable code, e.g. {@code ENF-S012}. */
    public String id() {
        return id;
    }

    public Severity severity() {
        return severity;
    }

    public String title() {
        return title;
    }
}
