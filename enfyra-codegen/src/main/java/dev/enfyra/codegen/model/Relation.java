package dev.enfyra.codegen.model;

import java.util.Objects;

/**
 * One side of a relation, as seen from its table. Every relation with an
 * {@code inversePropertyName} has a counterpart on the target table, declared or generated.
 *
 * @param owning           true for the side that holds the physical link: the foreign key of a
 *                         many-to-one or owning one-to-one, the junction of the owning many-to-many
 * @param foreignKeyColumn the FK column: on this table for an owning to-one; on the target table
 *                         for a one-to-many or inverse one-to-one; null for many-to-many
 * @param onDelete         the FK action (of the owning side, copied to the inverse for reference)
 * @param junctionTable    many-to-many only: the junction table
 * @param junctionSourceColumn junction column that points at this relation's table
 * @param junctionTargetColumn junction column that points at the target table
 * @param generated        true when created from the other side's {@code inversePropertyName}
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
        OnDelete onDelete,
        String junctionTable,
        String junctionSourceColumn,
        String junctionTargetColumn,
        boolean generated,
        boolean system,
        String description,
        String javaName) {

    public Relation {
        Objects.requireNonNull(propertyName, "propertyName");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(targetTable, "targetTable");
        Objects.requireNonNull(javaName, "javaName");
    }

    /** many-to-one, or one-to-one: reads give one row (or null). */
    public boolean isToOne() {
        return !kind.isToMany();
    }

    /** This side stores the FK column in its own table. */
    public boolean holdsForeignKey() {
        return owning && isToOne();
    }
}
