package dev.enfyra.codegen.diff;

import dev.enfyra.codegen.physical.PhysicalColumn;
import dev.enfyra.codegen.physical.PhysicalForeignKey;
import dev.enfyra.codegen.physical.PhysicalIndex;
import dev.enfyra.codegen.physical.PhysicalTable;
import java.util.Set;

/**
 * One semantic difference between two physical schemas: what changed, not how a database applies
 * it. Table names are as the element is named when the change happens: drops of indexes and
 * foreign keys name the table as it was (they run before renames), everything else the table as
 * it is after its rename.
 */
public sealed interface SchemaChange {

    /** The table the change is about, for ordering and grouping. */
    String table();

    record TableCreated(PhysicalTable created) implements SchemaChange {
        @Override
        public String table() {
            return created.name();
        }
    }

    record TableDropped(PhysicalTable dropped) implements SchemaChange {
        @Override
        public String table() {
            return dropped.name();
        }
    }

    record TableRenamed(String from, String to) implements SchemaChange {
        @Override
        public String table() {
            return to;
        }
    }

    record ColumnAdded(String table, PhysicalColumn column) implements SchemaChange {
    }

    record ColumnDropped(String table, PhysicalColumn column) implements SchemaChange {
    }

    record ColumnRenamed(String table, String from, String to) implements SchemaChange {
    }

    /** {@code from} is the column before, already under its new name when it was also renamed. */
    record ColumnAltered(String table, PhysicalColumn from, PhysicalColumn to, Set<Aspect> aspects) implements SchemaChange {
        public ColumnAltered {
            aspects = Set.copyOf(aspects);
        }
    }

    record IndexAdded(String table, PhysicalIndex index) implements SchemaChange {
    }

    record IndexDropped(String table, PhysicalIndex index) implements SchemaChange {
    }

    record ForeignKeyAdded(String table, PhysicalForeignKey foreignKey) implements SchemaChange {
    }

    record ForeignKeyDropped(String table, PhysicalForeignKey foreignKey) implements SchemaChange {
    }

    /** What about a column changed. */
    enum Aspect {
        TYPE, LENGTH, PRECISION, NULLABILITY, DEFAULT, VALUES, IDENTITY;

        /** Changes to how values are stored: an index or foreign key over the column is rebuilt. */
        public boolean changesStorage() {
            return this == TYPE || this == LENGTH || this == PRECISION;
        }
    }
}
