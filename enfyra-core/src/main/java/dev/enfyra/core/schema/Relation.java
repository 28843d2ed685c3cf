package dev.enfyra.core.schema;

import java.util.Objects;

/**
 * One relation of a table, seen from that table.
 *
 * @param inversePropertyName the property of the same relation on the target table, or null
 * @param owning              true on the side that holds the foreign key (owning to-one) or owns
 *                            the junction table (many-to-many)
 * @param foreignKeyColumn    the FK column: on this table for an owning to-one; on the target table
 *                            for one-to-many and the inverse side of one-to-one; null for many-to-many
 * @param onDelete            the referential action of the FK ({@code CASCADE}, {@code SET NULL},
 *                            {@code RESTRICT}), or null where this side has no FK
 * @param junctionTable       the junction table of a many-to-many, else null
 * @param junctionSourceColumn the junction column pointing at this table, else null
 * @param junctionTargetColumn the junction column pointing at the target table, else null
 */
public record Relation(
        String propertyName,
        RelationKind kind,
        String targetTable,
        String inversePropertyName,
        boolean nullable,
        boolean updatable,
        boolean owning,
        String foreignKeyColumn,
        String onDelete,
        String junctionTable,
        String junctionSourceColumn,
        String junctionTargetColumn) {

    public Relation {
        Names.requireName(propertyName, "relation property name");
        Objects.requireNonNull(kind, "kind");
        String owner = "relation \"" + propertyName + "\"";
        Names.requireName(targetTable, "target table", owner);
        if (kind == RelationKind.MANY_TO_MANY) {
            Names.requireName(junctionTable, "junction table", owner);
            Names.requireName(junctionSourceColumn, "junction source column", owner);
            Names.requireName(junctionTargetColumn, "junction target column", owner);
            requireAbsent(foreignKeyColumn, "a foreign key column", owner);
        } else {
            Names.requireName(foreignKeyColumn, "foreign key column", owner);
            requireAbsent(junctionTable, "a junction table", owner);
            requireAbsent(junctionSourceColumn, "a junction source column", owner);
            requireAbsent(junctionTargetColumn, "a junction target column", owner);
        }
        if (kind == RelationKind.MANY_TO_ONE && !owning) {
            throw new IllegalArgumentException(owner + ": a many-to-one always owns its foreign key");
        }
        if (kind == RelationKind.ONE_TO_MANY && owning) {
            throw new IllegalArgumentException(owner + ": a one-to-many never owns the foreign key");
        }
    }

    /**
     * A builder with Enfyra's defaults: nullable, updatable, owning unless one-to-many, and for an
     * owning to-one the FK column {@code propertyName + "Id"}.
     */
    public static Builder builder(String propertyName, RelationKind kind, String targetTable) {
        return new Builder(propertyName, kind, targetTable);
    }

    /** True when a filter on this relation reaches at most one row (joined, not EXISTS). */
    public boolean isToOne() {
        return kind.isToOne();
    }

    private static void requireAbsent(String value, String what, String owner) {
        if (value != null) {
            throw new IllegalArgumentException(owner + " cannot have " + what);
        }
    }

    /** Builds a {@link Relation}; the parts left unset take Enfyra's defaults. */
    public static final class Builder {
        private final String propertyName;
        private final RelationKind kind;
        private final String targetTable;
        private String inversePropertyName;
        private boolean nullable = true;
        private boolean updatable = true;
        private boolean owning;
        private String foreignKeyColumn;
        private String onDelete;
        private String junctionTable;
        private String junctionSourceColumn;
        private String junctionTargetColumn;

        private Builder(String propertyName, RelationKind kind, String targetTable) {
            this.propertyName = propertyName;
            this.kind = kind;
            this.targetTable = targetTable;
            this.owning = kind != RelationKind.ONE_TO_MANY;
        }

        public Builder inversePropertyName(String inversePropertyName) {
            this.inversePropertyName = inversePropertyName;
            return this;
        }

        public Builder nullable(boolean nullable) {
            this.nullable = nullable;
            return this;
        }

        public Builder updatable(boolean updatable) {
            this.updatable = updatable;
            return this;
        }

        public Builder owning(boolean owning) {
            this.owning = owning;
            return this;
        }

        public Builder foreignKeyColumn(String foreignKeyColumn) {
            this.foreignKeyColumn = foreignKeyColumn;
            return this;
        }

        public Builder onDelete(String onDelete) {
            this.onDelete = onDelete;
            return this;
        }

        public Builder junction(String table, String sourceColumn, String targetColumn) {
            this.junctionTable = table;
            this.junctionSourceColumn = sourceColumn;
            this.junctionTargetColumn = targetColumn;
            return this;
        }

        public Relation build() {
            String fk = foreignKeyColumn;
            if (fk == null && owning && kind.isToOne()) {
                fk = propertyName + "Id"; // Enfyra's physical naming of an owning FK
            }
            return new Relation(propertyName, kind, targetTable, inversePropertyName, nullable, updatable,
                    owning, fk, onDelete, junctionTable, junctionSourceColumn, junctionTargetColumn);
        }
    }
}
