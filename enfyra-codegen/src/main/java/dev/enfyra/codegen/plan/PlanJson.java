package dev.enfyra.codegen.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.enfyra.codegen.json.CanonicalJson;
import dev.enfyra.codegen.json.JsonReader;
import dev.enfyra.codegen.json.PrettyJson;
import dev.enfyra.codegen.physical.PhysicalJson;
import java.util.List;
import java.util.TreeSet;

/**
 * The JSON form of a {@link MigrationPlan}, the hashes computed over it, and the way back.
 * Files are written pretty, keys in the contract's order; hashes use the canonical form, so
 * neither key order nor formatting changes them.
 */
public final class PlanJson {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private PlanJson() {
    }

    /** The file text of a plan, exactly as recorded. */
    public static String text(MigrationPlan plan) {
        return PrettyJson.text(json(plan));
    }

    public static ObjectNode json(MigrationPlan plan) {
        ObjectNode out = F.objectNode()
                .put("format", plan.format())
                .put("version", plan.version())
                .put("name", plan.name())
                .put("from", plan.from())
                .put("to", plan.to());
        out.set("steps", steps(plan.steps()));
        ArrayNode destructive = out.putArray("destructive");
        plan.destructive().forEach(x -> destructive.addObject().put("step", x.step()).put("code", x.code()).put("reason", x.reason()));
        if (plan.confirmHash() != null) {
            out.put("confirmHash", plan.confirmHash());
        }
        out.set("schema", PhysicalJson.schema(plan.schema()));
        if (!plan.checksum().isEmpty()) {
            out.put("checksum", plan.checksum());
        }
        return out;
    }

    public static ArrayNode steps(List<Step> steps) {
        ArrayNode out = F.arrayNode();
        steps.forEach(s -> out.add(step(s)));
        return out;
    }

    public static ObjectNode step(Step step) {
        ObjectNode out = F.objectNode().put("op", step.kind().op());
        switch (step) {
            case Step.CreateTable s -> out.set("table", PhysicalJson.table(s.definition(), false));
            case Step.DropTable s -> out.set("table", PhysicalJson.table(s.definition()));
            case Step.RenameTable s -> out.put("from", s.from()).put("to", s.to());
            case Step.AddColumn s -> out.put("table", s.table()).set("column", PhysicalJson.column(s.column()));
            case Step.DropColumn s -> out.put("table", s.table()).set("column", PhysicalJson.column(s.column()));
            case Step.RenameColumn s -> out.put("table", s.table()).put("from", s.from()).put("to", s.to());
            case Step.AlterColumn s -> {
                out.put("table", s.table()).set("from", PhysicalJson.column(s.from()));
                out.set("to", PhysicalJson.column(s.to()));
            }
            case Step.AddIndex s -> out.put("table", s.table()).set("index", PhysicalJson.index(s.index()));
            case Step.DropIndex s -> out.put("table", s.table()).set("index", PhysicalJson.index(s.index()));
            case Step.AddForeignKey s -> out.put("table", s.table()).set("foreignKey", PhysicalJson.foreignKey(s.foreignKey()));
            case Step.DropForeignKey s -> out.put("table", s.table()).set("foreignKey", PhysicalJson.foreignKey(s.foreignKey()));
        }
        return out;
    }

    /**
     * SHA-256 of {@code {"from": from, "steps": [the destructive steps, in plan order]}}: what the
     * user confirms. The steps carry the definitions they drop or change, so the hash covers what
     * will be lost.
     */
    public static String confirmHash(String from, List<Step> steps, List<Destructive> destructive) {
        ObjectNode subject = F.objectNode().put("from", from);
        ArrayNode chosen = subject.putArray("steps");
        new TreeSet<>(destructive.stream().map(Destructive::step).toList()).forEach(i -> chosen.add(step(steps.get(i))));
        return CanonicalJson.sha256(subject);
    }

    /** SHA-256 of the canonical JSON of the whole plan without its {@code checksum} key. */
    public static String checksum(MigrationPlan plan) {
        return checksum(json(plan));
    }

    public static String checksum(JsonNode planJson) {
        ObjectNode copy = planJson.deepCopy();
        copy.remove("checksum");
        return CanonicalJson.sha256(copy);
    }

    /**
     * Reads a recorded plan.
     *
     * @throws JsonReader.FormatException naming the JSON pointer of what does not fit the format
     */
    public static MigrationPlan read(String text) {
        JsonNode root;
        try {
            root = CanonicalJson.parse(text);
        } catch (JsonProcessingException e) {
            throw new JsonReader.FormatException("", "not valid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()));
        }
        return read(JsonReader.root(root));
    }

    public static MigrationPlan read(JsonReader r) {
        if (r.integer("format") != MigrationPlan.FORMAT) {
            throw new JsonReader.FormatException("/format", "format " + r.node().get("format") + " is not supported (this tool reads format 1)");
        }
        List<Destructive> destructive = r.list("destructive", x -> new Destructive(x.integer("step"), x.string("code"), x.string("reason")));
        return new MigrationPlan(MigrationPlan.FORMAT, r.integer("version"), r.string("name"), r.string("from"), r.string("to"),
                r.list("steps", PlanJson::readStep), destructive,
                r.node().has("confirmHash") ? r.string("confirmHash") : null,
                PhysicalJson.readSchema(r.object("schema")), r.string("checksum"));
    }

    public static Step readStep(JsonReader r) {
        StepKind kind;
        try {
            kind = StepKind.ofOp(r.string("op"));
        } catch (IllegalArgumentException e) {
            throw new JsonReader.FormatException(r.pointer() + "/op", e.getMessage());
        }
        return switch (kind) {
            case CREATE_TABLE -> new Step.CreateTable(PhysicalJson.readTable(r.object("table")));
            case DROP_TABLE -> new Step.DropTable(PhysicalJson.readTable(r.object("table")));
            case RENAME_TABLE -> new Step.RenameTable(r.string("from"), r.string("to"));
            case ADD_COLUMN -> new Step.AddColumn(r.string("table"), PhysicalJson.readColumn(r.object("column")));
            case DROP_COLUMN -> new Step.DropColumn(r.string("table"), PhysicalJson.readColumn(r.object("column")));
            case RENAME_COLUMN -> new Step.RenameColumn(r.string("table"), r.string("from"), r.string("to"));
            case ALTER_COLUMN -> new Step.AlterColumn(r.string("table"), PhysicalJson.readColumn(r.object("from")),
                    PhysicalJson.readColumn(r.object("to")));
            case ADD_INDEX -> new Step.AddIndex(r.string("table"), PhysicalJson.readIndex(r.object("index")));
            case DROP_INDEX -> new Step.DropIndex(r.string("table"), PhysicalJson.readIndex(r.object("index")));
            case ADD_FOREIGN_KEY -> new Step.AddForeignKey(r.string("table"), PhysicalJson.readForeignKey(r.object("foreignKey")));
            case DROP_FOREIGN_KEY -> new Step.DropForeignKey(r.string("table"), PhysicalJson.readForeignKey(r.object("foreignKey")));
        };
    }
}
