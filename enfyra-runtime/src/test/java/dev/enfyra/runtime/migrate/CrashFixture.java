package dev.enfyra.runtime.migrate;

import static dev.enfyra.runtime.testing.TestPlans.column;
import static dev.enfyra.runtime.testing.TestPlans.create;
import static dev.enfyra.runtime.testing.TestPlans.decimal;
import static dev.enfyra.runtime.testing.TestPlans.enumOf;
import static dev.enfyra.runtime.testing.TestPlans.fk;
import static dev.enfyra.runtime.testing.TestPlans.id;
import static dev.enfyra.runtime.testing.TestPlans.index;
import static dev.enfyra.runtime.testing.TestPlans.length;
import static dev.enfyra.runtime.testing.TestPlans.notNull;
import static dev.enfyra.runtime.testing.TestPlans.withDefault;

import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.enfyra.core.schema.DataType;
import dev.enfyra.runtime.migrate.PhysicalSchema.Column;
import dev.enfyra.runtime.testing.TestPlans;

/**
 * Two migrations: an install of {@code items} and {@code owners}, then twenty steps of every
 * kind over them (renames of both tables and of columns, new tables and columns, widenings, a
 * drop, NOT NULL added, indexes and foreign keys moved): the plan a crash is injected into, statement by statement.
 */
final class CrashFixture {

    private CrashFixture() {
    }

    static TestPlans.History history() {
        Column name = notNull(length(column("name", DataType.VARCHAR), 100));
        Column qty = withDefault(column("qty", DataType.INT), IntNode.valueOf(0));
        Column kind = enumOf("kind", "a", "b");
        Column label = length(column("label", DataType.VARCHAR), 50);
        Column flag = withDefault(column("flag", DataType.BOOLEAN), BooleanNode.FALSE);
        PhysicalSchema.ForeignKey owner = fk("items_ownerId_foreign", "ownerId", "owners", "SET NULL");
        PhysicalSchema.Index byName = index("idx_items_name", false, "name");
        Column title = notNull(length(column("title", DataType.VARCHAR), 100));
        Column stock = withDefault(column("stock", DataType.INT), IntNode.valueOf(0));
        Column vendorName = length(column("vendorName", DataType.VARCHAR), 50);
        return new TestPlans.History()
                .add("init",
                        create("items", id(), name, qty, decimal("price", 10, 2), column("note", DataType.TEXT), kind, flag,
                                column("ownerId", DataType.INT)),
                        create("owners", id(), label),
                        new Step.AddIndex("items", byName),
                        new Step.AddForeignKey("items", owner))
                .add("twenty_steps",
                        new Step.DropForeignKey("items", owner),
                        new Step.DropIndex("items", byName),
                        new Step.RenameTable("items", "products"),
                        new Step.RenameTable("owners", "vendors"),
                        new Step.RenameColumn("products", "name", "title"),
                        new Step.RenameColumn("products", "qty", "stock"),
                        new Step.RenameColumn("vendors", "label", "vendorName"),
                        create("categories", id(), notNull(length(column("name", DataType.VARCHAR), 60))),
                        create("audit", id(), column("entry", DataType.TEXT)),
                        new Step.AddColumn("products", length(column("sku", DataType.VARCHAR), 40)),
                        new Step.AddColumn("products", notNull(withDefault(column("active", DataType.BOOLEAN), BooleanNode.TRUE))),
                        new Step.AddColumn("vendors", withDefault(length(column("country", DataType.VARCHAR), 2), TextNode.valueOf("FR"))),
                        new Step.AlterColumn("products", title, length(title, 200)),
                        new Step.AlterColumn("products", kind, enumOf("kind", "a", "b", "c")),
                        new Step.AlterColumn("products", stock, withDefault(column("stock", DataType.BIGINT), IntNode.valueOf(0))),
                        // Destructive (NOT NULL added): a crash inside it must not look like drift on the next start.
                        new Step.AlterColumn("vendors", vendorName, notNull(length(vendorName, 80))),
                        new Step.DropColumn("products", flag),
                        new Step.AddIndex("products", index("idx_products_title", false, "title")),
                        new Step.AddIndex("products", index("uq_products_sku", true, "sku")),
                        new Step.AddForeignKey("products", fk("products_ownerId_foreign", "ownerId", "vendors", "SET NULL")));
    }
}
