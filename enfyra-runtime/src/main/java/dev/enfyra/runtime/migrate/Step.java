package dev.enfyra.runtime.migrate;

import dev.enfyra.runtime.migrate.PhysicalSchema.Column;
import dev.enfyra.runtime.migrate.PhysicalSchema.ForeignKey;
import dev.enfyra.runtime.migrate.PhysicalSchema.Index;
import dev.enfyra.runtime.migrate.PhysicalSchema.Table;

/**
 * One step of a plan, as the contract names it ({@code "op"}). Every name is physical. Steps
 * that remove something carry it "as it was", so that the confirm hash covers what is lost and
 * the runtime can check the live schema against it before it runs the step.
 */
public sealed interface Step {

    /** The contract's {@code op}, e.g. {@code addColumn}. */
    String op();

    /** The table the step changes (for a rename, its name before). */
    String tableName();

    /** A table with its columns and primary key; indexes and foreign keys come as their own steps. */
    record CreateTable(Table table) implements Step {
        public String op() {
            return "createTable";
        }

        public String tableName() {
            return table.name();
        }
    }

    record DropTable(Table table) implements Step {
        public String op() {
            return "dropTable";
        }

        public String tableName() {
            return table.name();
        }
    }

    record RenameTable(String from, String to) implements Step {
        public String op() {
            return "renameTable";
        }

        public String tableName() {
            return from;
        }
    }

    record AddColumn(String table, Column column) implements Step {
        public String op() {
            return "addColumn";
        }

        public String tableName() {
            return table;
        }
    }

    record DropColumn(String table, Column column) implements Step {
        public String op() {
            return "dropColumn";
        }

        public String tableName() {
            return table;
        }
    }

    record RenameColumn(String table, String from, String to) implements Step {
        public String op() {
            return "renameColumn";
        }

        public String tableName() {
            return table;
        }
    }

    /** {@code from} and {@code to} have the same name. */
    record AlterColumn(String table, Column from, Column to) implements Step {
        public String op() {
            return "alterColumn";
        }

        public String tableName() {
            return table;
        }
    }

    record AddIndex(String table, Index index) implements Step {
        public String op() {
            return "addIndex";
        }

        public String tableName() {
            return table;
        }
    }

    record DropIndex(String table, Index index) implements Step {
        public String op() {
            return "dropIndex";
        }

        public String tableName() {
            return table;
        }
    }

    record AddForeignKey(String table, ForeignKey foreignKey) implements Step {
        public String op() {
            return "addForeignKey";
        }

        public String tableName() {
            return table;
        }
    }

    record DropForeignKey(String table, ForeignKey foreignKey) implements Step {
        public String op() {
            return "dropForeignKey";
        }

        public String tableName() {
            return table;
        }
    }
}
