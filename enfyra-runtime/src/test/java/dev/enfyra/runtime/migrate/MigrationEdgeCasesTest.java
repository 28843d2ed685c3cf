package dev.enfyra.runtime.migrate;

import static dev.enfyra.runtime.testing.TestPlans.column;
import static dev.enfyra.runtime.testing.TestPlans.create;
import static dev.enfyra.runtime.testing.TestPlans.enumOf;
import static dev.enfyra.runtime.testing.TestPlans.fk;
import static dev.enfyra.runtime.testing.TestPlans.id;
import static dev.enfyra.runtime.testing.TestPlans.index;
import static dev.enfyra.runtime.testing.TestPlans.withDefault;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.enfyra.core.schema.DataType;
import dev.enfyra.runtime.db.Database;
import dev.enfyra.runtime.migrate.PhysicalSchema.Column;
import dev.enfyra.runtime.testing.TestDatabases;
import dev.enfyra.runtime.testing.TestPlans;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The places where databases differ most, each applied and read back on every database. */
class MigrationEdgeCasesTest {

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void anIndexAForeignKeyReliesOnCanBeDroppedWhileTheKeyStays(TestDatabases.Kind kind) {
        applyAndReadBack(kind, new TestPlans.History()
                .add("init", create("a", id()), create("b", id(), column("aId", DataType.INT)),
                        new Step.AddIndex("b", index("idx_b_aId", false, "aId")),
                        new Step.AddForeignKey("b", fk("b_aId_foreign", "aId", "a", "CASCADE")))
                .add("drop_index", new Step.DropIndex("b", index("idx_b_aId", false, "aId")))
                .add("drop_key", new Step.DropForeignKey("b", fk("b_aId_foreign", "aId", "a", "CASCADE")))
                .add("key_again", new Step.AddForeignKey("b", fk("b_aId_foreign", "aId", "a", "RESTRICT"))));
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void enumValuesChangeAfterTheirTableAndColumnWereRenamed(TestDatabases.Kind kind) {
        Column status = withDefault(enumOf("status", "new", "it's", "back\\slash", "Ünïcödé"), TextNode.valueOf("new"));
        Column state = withDefault(enumOf("state", "new", "it's", "back\\slash", "Ünïcödé"), TextNode.valueOf("new"));
        applyAndReadBack(kind, new TestPlans.History()
                .add("init", create("tickets", id(), status))
                .add("rename", new Step.RenameTable("tickets", "issues"), new Step.RenameColumn("issues", "status", "state"))
                .add("values", new Step.AlterColumn("issues", state,
                        withDefault(enumOf("state", "new", "back\\slash", "done"), TextNode.valueOf("done"))))
                .add("free_text", new Step.AlterColumn("issues",
                        withDefault(enumOf("state", "new", "back\\slash", "done"), TextNode.valueOf("done")),
                        TestPlans.length(column("state", DataType.VARCHAR), 255))));
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void defaultsOfEveryKindReadBack(TestDatabases.Kind kind) throws Exception {
        ObjectMapper json = new ObjectMapper();
        applyAndReadBack(kind, new TestPlans.History()
                .add("init", create("settings", id(),
                        withDefault(column("doc", DataType.SIMPLE_JSON), json.readTree("{\"a\": [1, 2], \"b\": \"x\"}")),
                        withDefault(TestPlans.decimal("ratio", 6, 3), json.readTree("1.500")),
                        withDefault(column("big", DataType.BIGINT), json.readTree("-12")),
                        withDefault(column("on", DataType.BOOLEAN), json.readTree("true")),
                        TestPlans.withDefaultNow(column("day", DataType.DATE)),
                        withDefault(column("quote", DataType.VARCHAR), TextNode.valueOf("it's \"q\" \\ ✓")),
                        withDefault(column("amount", DataType.FLOAT), json.readTree("0.25"))))
                .add("change", new Step.AlterColumn("settings",
                        withDefault(column("quote", DataType.VARCHAR), TextNode.valueOf("it's \"q\" \\ ✓")),
                        column("quote", DataType.VARCHAR)),
                        new Step.AlterColumn("settings", withDefault(column("big", DataType.BIGINT), json.readTree("-12")),
                                withDefault(column("big", DataType.BIGINT), json.readTree("7")))));
    }

    private static void applyAndReadBack(TestDatabases.Kind kind, TestPlans.History history) {
        try (Database db = TestDatabases.open(kind, "edge")) {
            for (int v = 1; v <= history.migrations().size(); v++) {
                Migrator migrator = MigrationHistoryTest.migrator(db, history.migrations().subList(0, v));
                migrator.migrate();
                assertEquals(List.of(), SchemaDiff.compare(history.schemaAfter(v), migrator.introspect(), db.dialect().schemaReader()),
                        "after migration " + v);
            }
        }
    }
}
