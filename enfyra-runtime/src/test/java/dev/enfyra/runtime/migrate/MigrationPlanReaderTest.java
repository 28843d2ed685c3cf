package dev.enfyra.runtime.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.enfyra.runtime.db.Database;
import dev.enfyra.runtime.testing.TestDatabases;
import dev.enfyra.runtime.testing.TestPlans;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Plans are read and checked as the contract says. The two golden files were written, and their
 * hashes computed, by an independent implementation (Python's json module and hashlib), one of
 * them with every non-ASCII character as a \\u escape: the canonical form and the hashes agree.
 */
class MigrationPlanReaderTest {

    static List<RecordedMigration> golden() {
        return List.of(resource(1, "golden"), resource(2, "drop_body"));
    }

    @Test
    void hashesAgreeWithAnIndependentImplementation() {
        List<MigrationPlan> plans = PlanReader.read(golden());
        assertEquals("7ef15afa192917225baa4228d1a29819f141a7a8b4ca97503655ca0d7cd3e80b", plans.get(0).checksum());
        assertEquals("e4f786fe38478acba5f10f2818de5e2e50e180643fc7a2162c5c88a037fb8eb5", plans.get(1).checksum());
        assertEquals("a48f7342ad1f4692075120b6fa684502fd37625620651ee0b041b154b86822d9", plans.get(1).confirmHash());
        assertEquals(List.of("dropColumn", "addIndex"), plans.get(1).steps().stream().map(Step::op).toList());
        assertEquals("ENF-C002", plans.get(1).destructiveAt(0).code());
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void theGoldenHistoryAppliesAndReadsBack(TestDatabases.Kind kind) {
        try (Database db = TestDatabases.open(kind, "golden")) {
            Migrator migrator = MigrationHistoryTest.migrator(db, golden());
            assertEquals(2, migrator.migrate().applied().size());
            assertEquals(List.of(), SchemaDiff.compare(PlanReader.read(golden()).get(1).schema(), migrator.introspect(),
                    db.dialect().schemaReader()));
        }
    }

    @Test
    void everyProblemIsReportedWithItsFileAndPointer() {
        List<RecordedMigration> history = BlogHistory.history().migrations();
        RecordedMigration badOp = TestPlans.edit(history.get(0), p -> ((ObjectNode) p.at("/steps/0")).put("op", "createTabel"), true);
        RecordedMigration badType = TestPlans.edit(history.get(1), p -> ((ObjectNode) p.at("/steps/2/column")).put("type", "varchr"), true);
        RecordedMigration hidden = TestPlans.edit(history.get(2), p -> ((ArrayNode) p.get("destructive")).remove(1), true);
        PlanException e = assertThrows(PlanException.class, () -> PlanReader.read(List.of(badOp, badType, hidden)));
        String all = String.join("\n", e.problems());
        assertTrue(all.contains("0001_init.json: /steps/0/op: unknown op \"createTabel\""), all);
        assertTrue(all.contains("0002_rename_and_grow.json: /steps/2/column/type: unknown type \"varchr\""), all);
        assertTrue(all.contains("0003_reshape.json: /steps/4 (dropColumn) loses data but is not listed in /destructive"), all);
    }

    @Test
    void aGapInTheChainIsReported() {
        List<RecordedMigration> history = BlogHistory.history().migrations();
        RecordedMigration third = history.get(2);
        RecordedMigration renumbered = TestPlans.edit(new TestPlans.Recorded(2, third.name(), third.plan()), p -> p.put("version", 2), true);
        PlanException e = assertThrows(PlanException.class, () -> PlanReader.read(List.of(history.get(0), renumbered)));
        assertTrue(String.join("\n", e.problems()).contains("0002_reshape.json: /from is "), e.getMessage());
    }

    @Test
    void aRecordedNameOrVersionOtherThanTheFilesIsReported() {
        RecordedMigration first = BlogHistory.history().migrations().get(0);
        PlanException e = assertThrows(PlanException.class,
                () -> PlanReader.read(List.of(new TestPlans.Recorded(1, "other", first.plan()))));
        assertTrue(e.getMessage().contains("0001_other.json: /name is \"init\", expected \"other\""), e.getMessage());
    }

    /** A generated class whose digest is not its text's (stale or edited generated sources) is refused, naming the file. */
    @Test
    void aDeclaredDigestThatIsNotTheTextsIsReported() {
        RecordedMigration first = BlogHistory.history().migrations().get(0);
        RecordedMigration stale = new ReadCounting(first, "0".repeat(64));
        PlanException e = assertThrows(PlanException.class, () -> PlanReader.read(List.of(stale)));
        assertTrue(e.getMessage().contains("0001_init.json: its class declares the text digest " + "0".repeat(64)
                + ", but the text it holds has " + CanonicalJson.sha256(first.plan())), e.getMessage());
    }

    /**
     * A start with every migration applied, unchanged, reads no text: the declared digests are
     * compared with the state table's. When one is pending, the last applied one is read (the
     * schema it starts from), and the pending one; the earlier ones are not.
     */
    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aStartWithNothingPendingReadsNoText(TestDatabases.Kind kind) {
        List<RecordedMigration> history = BlogHistory.history().migrations();
        try (Database db = TestDatabases.open(kind, "no_text")) {
            MigrationHistoryTest.migrator(db, history.subList(0, 2)).migrate();
            List<ReadCounting> applied = history.subList(0, 2).stream().map(m -> new ReadCounting(m, m.planDigest())).toList();
            assertEquals(List.of(), MigrationHistoryTest.migrator(db, List.copyOf(applied)).migrate().applied());
            assertEquals(List.of(0, 0), applied.stream().map(r -> r.reads).toList(), "texts read with nothing pending");

            List<ReadCounting> more = history.subList(0, 3).stream().map(m -> new ReadCounting(m, m.planDigest())).toList();
            assertEquals(1, MigrationHistoryTest.migrator(db, List.copyOf(more)).migrate().applied().size());
            assertEquals(0, more.get(0).reads, "an earlier applied migration is not read");
            assertTrue(more.get(1).reads > 0 && more.get(2).reads > 0, "the last applied and the pending one are read");
        }
    }

    /** A recorded migration that counts how often its text is asked for, and declares a digest of its own. */
    private static final class ReadCounting implements RecordedMigration {
        private final RecordedMigration migration;
        private final String digest;
        int reads;

        ReadCounting(RecordedMigration migration, String digest) {
            this.migration = migration;
            this.digest = digest;
        }

        @Override
        public int version() {
            return migration.version();
        }

        @Override
        public String name() {
            return migration.name();
        }

        @Override
        public String plan() {
            reads++;
            return migration.plan();
        }

        @Override
        public String planDigest() {
            return digest;
        }
    }

    private static RecordedMigration resource(int version, String name) {
        String file = String.format("/migrations/%04d_%s.json", version, name);
        try (InputStream in = MigrationPlanReaderTest.class.getResourceAsStream(file)) {
            return new TestPlans.Recorded(version, name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
