package dev.enfyra.codegen.plan;

import java.util.Comparator;

/**
 * The step kinds in the order a migration runs them (contract/plan-format.md). The order is
 * declared here once; each kind says why it has its place. Within a kind, steps run by table
 * name, then by element name.
 */
public enum StepKind {

    DROP_FOREIGN_KEY("dropForeignKey",
            "constraints go first: a column or table cannot be dropped, renamed or re-typed on every database while a foreign key depends on it"),
    DROP_INDEX("dropIndex",
            "before renames, so that an index is dropped under the name it was created with (index names contain table and column names)"),
    RENAME_TABLE("renameTable",
            "before every step that names a table by its new name"),
    RENAME_COLUMN("renameColumn",
            "after table renames (steps name tables by their new names), before the steps that name columns by theirs"),
    CREATE_TABLE("createTable",
            "new tables exist before the columns, indexes and foreign keys that may refer to them"),
    ADD_COLUMN("addColumn",
            "new columns before any column is dropped, so that no table is ever left without its non-key columns"),
    ALTER_COLUMN("alterColumn",
            "before any drop: an alter that fails (NOT NULL over existing nulls, a value that no longer fits) stops the migration before data is lost"),
    DROP_COLUMN("dropColumn",
            "data is dropped only after every step that can fail without losing anything has run"),
    DROP_TABLE("dropTable",
            "after column drops, and after every foreign key that pointed at the table was dropped"),
    ADD_INDEX("addIndex",
            "after tables and columns have their final names and types; a unique index that finds duplicates fails here, with nothing lost"),
    ADD_FOREIGN_KEY("addForeignKey",
            "last: both sides exist with their final types, and the rows they check are in place");

    /** Plan order: kind, then table, then element. */
    public static final Comparator<Step> ORDER = Comparator.comparing(Step::kind)
            .thenComparing(Step::table)
            .thenComparing(Step::element);

    private final String op;
    private final String reason;

    StepKind(String op, String reason) {
        this.op = op;
        this.reason = reason;
    }

    /** The {@code "op"} of the step in JSON. */
    public String op() {
        return op;
    }

    /** Why steps of this kind run where they do. */
    public String reason() {
        return reason;
    }

    public static StepKind ofOp(String op) {
        for (StepKind kind : values()) {
            if (kind.op.equals(op)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown op \"" + op + "\"");
    }
}
