package dev.enfyra.runtime.migrate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the embedded migrations and checks everything that can be checked without a database:
 * each file's checksum and confirm hash recomputed from its text, its schema hash, the chain of
 * {@code from}/{@code to} hashes, and that replaying each file's steps on the schema before gives
 * the schema it records. All problems are collected, then reported together.
 */
public final class PlanReader {

    /** Ops that always lose data or need confirming, whatever the planner's analyzers said. */
    private static final Set<String> ALWAYS_DESTRUCTIVE = Set.of("dropTable", "dropColumn");

    private final List<String> problems = new ArrayList<>();
    private final List<String> confirmProblems = new ArrayList<>();

    private PlanReader() {
    }

    /** The migrations in version order, checked; a {@link PlanException} lists every problem. */
    public static List<MigrationPlan> read(List<RecordedMigration> recorded) {
        return read(recorded, java.util.Map.of());
    }

    /**
     * As {@link #read(List)}, but the applied migrations at the start of the history whose text is
     * byte for byte what was applied (the SHA-256 the state table keeps) are not read again: they
     * were checked in full when they were applied. When some are pending, the last applied one is
     * read, as the schema the pending ones start from. So a start with a long history and nothing
     * pending reads no file at all.
     */
    static List<MigrationPlan> read(List<RecordedMigration> recorded, java.util.Map<Integer, MigrationState.Row> applied) {
        PlanReader reader = new PlanReader();
        List<RecordedMigration> sorted = recorded.stream().sorted(java.util.Comparator.comparingInt(RecordedMigration::version)).toList();
        // The digests the classes declare: the compiler's, for the same text (checked below for every plan read).
        List<String> digests = sorted.stream().map(RecordedMigration::planDigest).toList();
        int trustedPrefix = 0;
        while (trustedPrefix < sorted.size() && unchanged(applied.get(sorted.get(trustedPrefix).version()), digests.get(trustedPrefix))) {
            trustedPrefix++;
        }
        // Nothing pending: nothing starts from the last applied schema, so it need not be read either.
        int trusted = trustedPrefix == sorted.size() ? trustedPrefix : trustedPrefix - 1;
        List<MigrationPlan> plans = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            RecordedMigration migration = sorted.get(i);
            MigrationState.Row row = applied.get(migration.version());
            MigrationPlan plan = i < trusted
                    ? MigrationPlan.trusted(migration.version(), migration.name(), row.checksum(), row.confirmHash(), digests.get(i))
                    : reader.one(migration, digests.get(i));
            if (plan != null) {
                plans.add(plan);
            }
        }
        if (reader.problems.isEmpty()) {
            reader.chain(plans);
        }
        if (!reader.problems.isEmpty()) {
            reader.problems.addAll(reader.confirmProblems);
            throw new PlanException(MigrationException.Code.PLAN_INVALID, reader.problems);
        }
        if (!reader.confirmProblems.isEmpty()) {
            throw new PlanException(MigrationException.Code.CONFIRM_HASH_MISMATCH, reader.confirmProblems);
        }
        return List.copyOf(plans);
    }

    private static boolean unchanged(MigrationState.Row row, String digest) {
        return row != null && MigrationState.APPLIED.equals(row.status()) && digest.equals(row.planDigest());
    }

    private MigrationPlan one(RecordedMigration m, String declaredDigest) {
        String file = String.format("%04d_%s.json", m.version(), m.name());
        String digest = CanonicalJson.sha256(m.plan());
        if (!digest.equals(declaredDigest)) {
            problems.add(file + ": its class declares the text digest " + declaredDigest + ", but the text it holds has " + digest
                    + ": the generated sources are stale or were edited; rebuild the application");
            return null;
        }
        JsonNode root;
        try {
            root = CanonicalJson.parse(m.plan());
        } catch (IOException e) {
            problems.add(file + ": not valid JSON: " + (e instanceof com.fasterxml.jackson.core.JsonProcessingException p ? p.getOriginalMessage() : e.getMessage()));
            return null;
        }
        if (!root.isObject()) {
            problems.add(file + ": expected a JSON object");
            return null;
        }
        int before = problems.size();
        expect(file, "format", root.path("format").isIntegralNumber() && root.path("format").intValue() == 1, "1",
                root.path("format"));
        expect(file, "version", root.path("version").isIntegralNumber() && root.path("version").intValue() == m.version(),
                Integer.toString(m.version()) + " (the file's number)", root.path("version"));
        expect(file, "name", m.name().equals(root.path("name").asText(null)), "\"" + m.name() + "\" (the file's name)", root.path("name"));
        PlanJson json = new PlanJson();
        List<Step> steps = json.list(root.get("steps"), "/steps", json::step);
        PhysicalSchema schema = json.schema(root.get("schema"), "/schema");
        List<MigrationPlan.Destructive> destructive = json.list(root.get("destructive"), "/destructive", (n, at) ->
                n.path("step").isIntegralNumber() ? new MigrationPlan.Destructive(n.get("step").intValue(),
                        n.path("code").asText(""), n.path("reason").asText("")) : null);
        json.problems().forEach(p -> problems.add(file + ": " + p));
        if (problems.size() > before) {
            return null;
        }
        // The schema is most of a file: written canonically once, for its hash and inside the file's.
        String schemaText = CanonicalJson.write(root.get("schema"));
        String checksum = CanonicalJson.sha256(CanonicalJson.write(root, java.util.Map.of("schema", schemaText), Set.of("checksum")));
        expect(file, "checksum", checksum.equals(root.path("checksum").asText(null)), checksum
                + " (recomputed from the file: it was edited after it was recorded)", root.path("checksum"));
        String to = CanonicalJson.sha256(schemaText);
        expect(file, "to", to.equals(root.path("to").asText(null)), to + " (the hash of its schema)", root.path("to"));
        String confirmHash = confirmHash(file, root, destructive, steps);
        return new MigrationPlan(m.version(), m.name(), root.path("from").asText(), to, steps, destructive, confirmHash, schema, checksum,
                digest);
    }

    /** The contract's confirm hash: the canonical {@code {"from", "steps": [destructive steps in plan order]}}. */
    private String confirmHash(String file, JsonNode root, List<MigrationPlan.Destructive> destructive, List<Step> steps) {
        for (int i = 0; i < steps.size(); i++) {
            int index = i;
            if (ALWAYS_DESTRUCTIVE.contains(steps.get(i).op()) && destructive.stream().noneMatch(d -> d.step() == index)) {
                problems.add(file + ": /steps/" + i + " (" + steps.get(i).op() + ") loses data but is not listed in /destructive");
            }
        }
        JsonNode recorded = root.get("confirmHash");
        if (destructive.isEmpty()) {
            if (recorded != null && !recorded.isNull()) {
                problems.add(file + ": /confirmHash is present, but no step is destructive");
            }
            return null;
        }
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.set("from", root.get("from"));
        ArrayNode list = body.putArray("steps");
        destructive.stream().mapToInt(MigrationPlan.Destructive::step).distinct().sorted().forEach(i -> {
            if (i < 0 || i >= steps.size()) {
                problems.add(file + ": /destructive names step " + i + ", which does not exist");
            } else {
                list.add(root.get("steps").get(i));
            }
        });
        String hash = CanonicalJson.hash(body);
        if (recorded == null || !hash.equals(recorded.asText())) {
            confirmProblems.add(file + ": /confirmHash is " + (recorded == null ? "missing" : recorded)
                    + ", but its destructive steps hash to " + hash + ": the destructive steps were changed after they were"
                    + " confirmed. Restore the file, or confirm again at build time.");
        }
        return hash;
    }

    private void chain(List<MigrationPlan> plans) {
        PhysicalSchema before = PhysicalSchema.EMPTY;
        String previous = MigrationPlan.EMPTY;
        boolean afterTrusted = false;
        for (MigrationPlan plan : plans) {
            if (plan.isTrusted()) {
                afterTrusted = true;
                continue;
            }
            if (afterTrusted) {
                // The last unchanged applied migration: checked when it was applied; the chain goes on from it.
                afterTrusted = false;
                before = plan.schema();
                previous = plan.to();
                continue;
            }
            String file = plan.label() + ".json";
            if (!plan.from().equals(previous)) {
                problems.add(file + ": /from is " + plan.from() + ", but the migration before ends at " + previous
                        + (previous.equals(MigrationPlan.EMPTY) ? " (the first migration starts from \"empty\")" : "")
                        + ": a migration is missing or was recorded against another history");
            }
            try {
                PhysicalSchema after = SchemaReplay.apply(before, plan.steps());
                // Equal values are equal canonical forms; only a difference needs the (costly) canonical check.
                if (!after.equals(plan.schema()) && !SchemaReplay.canonical(after).equals(SchemaReplay.canonical(plan.schema()))) {
                    problems.add(file + ": replaying its steps does not give its /schema");
                }
            } catch (SchemaReplay.Mismatch e) {
                problems.add(file + ": its steps do not apply to the schema before it: " + e.getMessage());
            }
            before = plan.schema();
            previous = plan.to();
        }
    }

    private void expect(String file, String key, boolean ok, String expected, JsonNode found) {
        if (!ok) {
            problems.add(file + ": /" + key + " is " + (found.isMissingNode() ? "missing" : found.toString()) + ", expected " + expected);
        }
    }
}
