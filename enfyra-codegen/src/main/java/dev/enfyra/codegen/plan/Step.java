package dev.enfyra.codegen.plan;

import dev.enfyra.codegen.physical.PhysicalColumn;
import dev.enfyra.codegen.physical.PhysicalForeignKey;
import dev.enfyra.codegen.physical.PhysicalIndex;
import dev.enfyra.codegen.physical.PhysicalTable;

/**
 * One dialect-neutral step of a migration (contract/plan-format.md, "Steps"). Every name is
 * physical and is the name the element has when the step runs. Each step knows its kind
 * ({@link StepKind}, which fixes its place in the order) and the names it is sorted by within
 * its kind.
 */
public sealed interface Step {

    StepKind kind();

    /** The table the step works on, as named when it runs. */
    String table();

    /** The element within the table (column, index, foreign key); the table name for table steps. */
    String element();

    record CreateTable(PhysicalTable definition) implements Step {
        public StepKind kind() {
            return StepKind.CREATE_TABLE;
        }

        public String table() {
            return definition.name();
        }

        public String element() {
            return definition.name();
        }
    }

    record DropTable(PhysicalTable definition) implements Step {
        public StepKind kind() {
            return StepKind.DROP_TABLE;
        }

        public String table() {
            return definition.name();
        }

        public String element() {
            return definition.name();
        }
    }

    record RenameTable(String from, String to) implements Step {
        public StepKind kind() {
            return StepKind.RENAME_TABLE;
        }

        public String table() {
            return from;
        }

        public String element() {
            return to;
        }
    }

    record AddColumn(String table, PhysicalColumn column) implements Step {
        public StepKind kind() {
            return StepKind.ADD_COLUMN;
        }

        public String element() {
            return column.name();
        }
    }

    record DropColumn(String table, PhysicalColumn column) implements Step {
        public StepKind kind() {
            return StepKind.DROP_COLUMN;
        }

        public String element() {
            return column.name();
        }
    }

    record RenameColumn(String table, String from, String to) implements Step {
        public StepKind kind() {
            return StepKind.RENAME_COLUMN;
        }

        public String element() {
            return from;
        }
    }

    /** {@code from} and {@code to} have the same name: a rename is its own, earlier step. */
    record AlterColumn(String table, PhysicalColumn from, PhysicalColumn to) implements Step {
        public StepKind kind() {
            return StepKind.ALTER_COLUMN;
        }

        public String element() {
            return to.name();
        }
    }

    record AddIndex(String table, PhysicalIndex index) implements Step {
        public StepKind kind() {
            return StepKind.ADD_INDEX;
        }

        public String element() {
            return index.name();
        }
    }

    record DropIndex(String table, PhysicalIndex index) implements Step {
        public StepKind kind() {
            return StepKind.DROP_INDEX;
        }

        public String element() {
            return index.name();
        }
    }

    record AddForeignKey(String table, PhysicalForeignKey foreignKey) implements Step {
        public StepKind kind() {
            return StepKind.ADD_FOREIGN_KEY;
        }

        public String element() {
            return foreignKey.name();
        }
    }

    record DropForeignKey(String table, PhysicalForeignKey foreignKey) implements Step {
        public StepKind kind() {
            return StepKind.DROP_FOREIGN_KEY;
        }

        public String element() {
            return foreignKey.name();
        }
    }
}
