package dev.enfyra.codegen.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.enfyra.codegen.EnfyraData;
import dev.enfyra.codegen.Migrations;
import dev.enfyra.codegen.diag.DiagnosticCode;
import dev.enfyra.codegen.diag.DiagnosticPrinter;
import dev.enfyra.codegen.diag.Result;
import dev.enfyra.codegen.history.History;
import dev.enfyra.codegen.history.HistoryReader;
import dev.enfyra.codegen.json.CanonicalJson;
import dev.enfyra.codegen.model.NamingStrategy;
import dev.enfyra.codegen.physical.PhysicalSchemas;
import dev.enfyra.codegen.plan.Destructive;
import dev.enfyra.codegen.plan.MigrationPlan;
import dev.enfyra.codegen.plan.PlanJson;
import dev.enfyra.codegen.plan.Step;
import dev.enfyra.codegen.snapshot.SchemaSource;
import dev.enfyra.codegen.snapshot.SnapshotInput;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Enfyra's own schema, recorded as a user would: one migration per saved version, from empty
 * (73cb3680) to HEAD, each time against the files recorded before. Each transition takes the
 * {@code snapshot-migration.json} of its target version.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EnfyraHistoryTest {

    /** What 73cb3680 → 27c3029b puts at stake, as the build printed it: confirmed by pasting it. */
    static final String CONFIRM_27C3029B = "1d38c6a2cd0d1a0635e82ecc72b1f50174e576ec4b2d61525777d76a652578ff";

    Path project;
    Path migrations;

    @BeforeAll
    void folder(@TempDir Path dir) throws Exception {
        project = dir;
        migrations = Files.createDirectories(project.resolve("migrations"));
    }

    @Test
    @Order(1)
    void firstVersionIsRecordedFromEmpty() throws Exception {
        Migrations.Pending pending = pending("-73cb3680");
        assertEquals(MigrationPlan.EMPTY, pending.from());
        assertEquals(46, count(pending, Step.CreateTable.class), "35 tables and 11 junction tables");
        assertEquals(35, pending.steps().stream().filter(s -> s instanceof Step.CreateTable c && !c.definition().isJunction()).count());
        assertFalse(pending.isDestructive());
        assertEquals("init", pending.suggestedName());
        record(pending, "init");
    }

    @Test
    @Order(2)
    void droppedColumnWithoutHintIsAnErrorNamingTheEntryToAdd() throws Exception {
        Result<Migrations.Pending> result = result("-27c3029b", Optional.empty());
        assertTrue(result.hasErrors());
        assertEquals(List.of(DiagnosticCode.COLUMN_REMOVED_WITHOUT_HINT), result.errors().stream().map(d -> d.code()).toList());
        assertTrue(result.errors().get(0).hint().startsWith("add {\"_unique\": {\"name\": {\"_eq\": \"flow_execution_definition\"}},"
                + " \"columnsToRemove\": [\"context\"]} to snapshot-migration-27c3029b.json"), result.errors().get(0).hint());
        assertTrue(result.value().isEmpty(), "nothing is planned while a drop is unexplained");
    }

    @Test
    @Order(3)
    void secondVersionNeedsConfirmingTheDroppedColumnAndTheNewUnique() throws Exception {
        Migrations.Pending pending = result("-27c3029b", Optional.of(this::removeContext)).value();
        assertEquals(List.of("ENF-C002", "ENF-C007"), pending.destructive().stream().map(Destructive::code).toList());
        assertEquals(Set.of("drops column flow_execution_definition.context (simple-json) and its values",
                        "adds unique index uq_method_definition_name on method_definition [name]: fails if existing rows share a value"),
                pending.destructive().stream().map(Destructive::reason).collect(Collectors.toSet()));
        assertTrue(has(pending, new Step.RenameColumn("method_definition", "method", "name")), "method -> name is a rename");
        assertEquals(1, count(pending, Step.CreateTable.class), "api_token_definition");
        assertEquals(10, count(pending, Step.AddColumn.class));
        assertEquals(0, count(pending, Step.DropTable.class));
        // enum values only added (column_definition.type, extension_definition.type), icon defaults fixed: no loss
        assertEquals(6, count(pending, Step.AlterColumn.class));
        assertEquals(CONFIRM_27C3029B, pending.confirmHash(), "the hash the build printed");
        record(pending, "enfyra_27c3029b");
    }

    @Test
    @Order(4)
    void thirdVersionRenamesEverySystemTableAndTheJunctionsNamedAfterThem() throws Exception {
        Migrations.Pending pending = pending("-8962ff10");
        List<Step.RenameTable> renames = pending.steps().stream().filter(Step.RenameTable.class::isInstance)
                .map(Step.RenameTable.class::cast).toList();
        assertEquals(36, renames.stream().filter(r -> !r.from().startsWith("j_")).count());
        assertTrue(renames.contains(new Step.RenameTable("table_definition", "enfyra_table")));
        assertTrue(renames.contains(new Step.RenameTable("gql_definition", "enfyra_graphql")));
        // Junction names are hashes of their table names: every default-named junction is renamed with its tables.
        assertEquals(10, renames.stream().filter(r -> r.from().startsWith("j_")).count());
        assertTrue(renames.contains(new Step.RenameTable("j_5b79e9a5a45e", "j_5a74c084ad04")), "route.availableMethods");
        // allowedUsers names its junction explicitly in both versions: j_efaab69d5b9c stays.
        assertTrue(renames.stream().noneMatch(r -> r.from().equals("j_efaab69d5b9c")));
        assertEquals(0, count(pending, Step.DropTable.class) + count(pending, Step.DropColumn.class)
                + count(pending, Step.CreateTable.class) + count(pending, Step.AddColumn.class) + count(pending, Step.AlterColumn.class));
        assertFalse(pending.isDestructive(), "renamed indexes and foreign keys are dropped and added again, losing nothing");
        record(pending, "enfyra_8962ff10");
    }

    @Test
    @Order(5)
    void headRenamesIsPublishedAndTheAllowedUsersJunction() throws Exception {
        Migrations.Pending pending = pending("");
        assertTrue(has(pending, new Step.RenameColumn("enfyra_file", "isPublished", "isPublic")));
        assertTrue(has(pending, new Step.RenameTable("j_efaab69d5b9c", "j_8110450610b3")));
        assertTrue(has(pending, new Step.RenameColumn("j_8110450610b3", "sourceId", "enfyra_file_permissionId")));
        assertTrue(has(pending, new Step.RenameColumn("j_8110450610b3", "targetId", "enfyra_userId")));
        assertTrue(pending.steps().stream().anyMatch(s -> s instanceof Step.CreateTable c && c.table().equals("enfyra_runtime_reload_log")));
        assertTrue(pending.steps().stream().anyMatch(s -> s instanceof Step.AddColumn a && a.table().equals("enfyra_storage_config")
                && a.column().name().equals("isDefault")));
        assertEquals(0, count(pending, Step.DropTable.class) + count(pending, Step.DropColumn.class));
        assertFalse(pending.isDestructive());
        record(pending, "enfyra_head");
    }

    @Test
    @Order(6)
    void theHistoryIsOneChainThatEndsAtHead() throws Exception {
        Result<History> history = HistoryReader.read(HistoryReader.files(migrations, project));
        assertFalse(history.hasErrors(), () -> DiagnosticPrinter.text(history.diagnostics()));
        List<MigrationPlan> plans = history.value().files().stream().map(f -> f.plan()).toList();
        assertEquals(List.of(1, 2, 3, 4), plans.stream().map(MigrationPlan::version).toList());
        assertEquals(MigrationPlan.EMPTY, plans.get(0).from());
        for (int i = 1; i < plans.size(); i++) {
            assertEquals(plans.get(i - 1).to(), plans.get(i).from(), "migration " + (i + 1) + " starts where " + i + " ends");
        }
        assertEquals(PhysicalSchemas.derive(EnfyraData.compile("").value()).hash(), plans.get(3).to());
        assertTrue(pending("").isEmpty(), "nothing left to record");
    }

    private Migrations.Pending pending(String version) throws Exception {
        Result<Migrations.Pending> result = result(version, Optional.empty());
        assertFalse(result.hasErrors(), () -> DiagnosticPrinter.text(result.diagnostics()));
        return result.value();
    }

    private Result<Migrations.Pending> result(String version, Optional<java.util.function.UnaryOperator<ObjectNode>> hints)
            throws Exception {
        SnapshotInput input = EnfyraData.input(version);
        if (hints.isPresent()) {
            SchemaSource old = input.hints().orElseThrow();
            ObjectNode changed = hints.get().apply((ObjectNode) CanonicalJson.parse(old.text()));
            input = new SnapshotInput(input.snapshotName(), input.snapshot(), Optional.of(new SchemaSource(old.name(),
                    changed.toPrettyString())), input.defaultData(), input.dataMigration());
        }
        return Migrations.pending(input, HistoryReader.files(migrations, project), NamingStrategy.DEFAULT);
    }

    /** The entry the error asked for, added as a user would. */
    private ObjectNode removeContext(ObjectNode hints) {
        ObjectNode entry = ((ArrayNode) hints.get("tables")).addObject();
        entry.putObject("_unique").putObject("name").put("_eq", "flow_execution_definition");
        entry.putArray("columnsToRemove").add("context");
        return hints;
    }

    private void record(Migrations.Pending pending, String name) throws Exception {
        MigrationPlan plan = pending.record(name);
        Files.writeString(migrations.resolve(plan.fileName()), PlanJson.text(plan), StandardCharsets.UTF_8);
    }

    private static long count(Migrations.Pending pending, Class<? extends Step> kind) {
        return pending.steps().stream().filter(kind::isInstance).count();
    }

    private static boolean has(Migrations.Pending pending, Step step) {
        return pending.steps().contains(step);
    }
}
