package dev.enfyra.codegen.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.enfyra.codegen.Frontend;
import dev.enfyra.codegen.Golden;
import dev.enfyra.codegen.Migrations;
import dev.enfyra.codegen.diag.DiagnosticPrinter;
import dev.enfyra.codegen.diag.Result;
import dev.enfyra.codegen.json.PrettyJson;
import dev.enfyra.codegen.model.NamingStrategy;
import dev.enfyra.codegen.physical.PhysicalSchema;
import dev.enfyra.codegen.physical.PhysicalSchemas;
import dev.enfyra.codegen.plan.MigrationPlan;
import dev.enfyra.codegen.plan.PlanJson;
import dev.enfyra.codegen.snapshot.SchemaSource;
import dev.enfyra.codegen.snapshot.SnapshotInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * One folder per differ case under {@code src/test/resources/diff}: {@code before.json} (a
 * snapshot; absent for a first migration), {@code after.json}, optionally
 * {@code snapshot-migration.json}, and {@code expected-plan.json}: the plan's hashes, steps,
 * destructive findings and confirm hash (its schema is left out; it is the physical form of
 * after.json), or the diagnostics when there is no plan. Rewritten by {@code -Dgolden.update=true}.
 */
class DiffCasesTest {

    static final Path CASES = Path.of("src/test/resources/diff");

    @TestFactory
    Stream<DynamicTest> everyCaseMatchesItsExpectedPlan() throws IOException {
        try (Stream<Path> dirs = Files.list(CASES)) {
            return dirs.filter(Files::isDirectory).sorted().toList().stream()
                    .map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
        }
    }

    private static void check(Path dir) throws IOException {
        Result<Migrations.Pending> pending = plan(dir);
        ObjectNode out = PlanJson.json(record(pending.value()));
        out.remove("format");
        out.remove("version");
        out.remove("name");
        out.remove("schema");
        out.remove("checksum");
        if (!pending.diagnostics().isEmpty()) {
            ArrayNode diagnostics = out.putArray("diagnostics");
            pending.diagnostics().forEach(d -> diagnostics.add(DiagnosticPrinter.text(d)));
        }
        Golden.check(dir.resolve("expected-plan.json"), PrettyJson.text(out));
        if (!pending.hasErrors()) {
            MigrationPlan plan = record(pending.value());
            assertEquals(plan, PlanJson.read(PlanJson.text(plan)), "the plan reads back as it was written");
        }
    }

    static Result<Migrations.Pending> plan(Path dir) throws IOException {
        PhysicalSchema before = PhysicalSchema.EMPTY;
        String from = MigrationPlan.EMPTY;
        if (Files.exists(dir.resolve("before.json"))) {
            Result<dev.enfyra.codegen.model.Schema> old = Frontend.compile(
                    SnapshotInput.of(SchemaSource.read(dir.resolve("before.json"), "before.json")));
            assertFalse(old.hasErrors(), () -> DiagnosticPrinter.text(old.diagnostics()));
            before = PhysicalSchemas.derive(old.value());
            from = before.hash();
        }
        Result<Frontend.Compiled> after = Frontend.read(SnapshotInput.read(dir.resolve("after.json"), dir),
                NamingStrategy.DEFAULT, Optional.empty());
        assertFalse(after.hasErrors(), () -> DiagnosticPrinter.text(after.diagnostics()));
        return Migrations.between(before, from, 2, after.value().schema(), after.value().snapshot().hints(), "after.json");
    }

    private static MigrationPlan record(Migrations.Pending pending) {
        return pending.record("case");
    }
}
