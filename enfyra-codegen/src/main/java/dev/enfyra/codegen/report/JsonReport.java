package dev.enfyra.codegen.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.enfyra.codegen.diag.Diagnostic;
import dev.enfyra.codegen.json.PrettyJson;
import dev.enfyra.codegen.plan.Destructive;
import dev.enfyra.codegen.plan.PlanJson;
import java.util.List;

/** {@code target/enfyra/diff.json}: the report for tools; each step also in its plan form. */
public final class JsonReport {

    private JsonReport() {
    }

    public static String write(DiffReport r) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.putObject("from").put("label", r.fromLabel()).put("hash", r.fromHash());
        root.putObject("to").put("label", r.toLabel()).put("hash", r.toHash());
        if (r.confirmHash() != null) {
            root.put("confirmHash", r.confirmHash());
        }
        if (r.command() != null) {
            root.put("command", r.command());
        }
        ArrayNode steps = root.putArray("steps");
        List<String> databases = SqlPreview.databases();
        for (int i = 0; i < r.steps().size(); i++) {
            ObjectNode step = steps.addObject().put("index", i).put("summary", StepText.summary(r.steps().get(i)));
            ArrayNode codes = step.putArray("destructive");
            r.destructiveOf(i).forEach(d -> codes.add(d.code()));
            step.set("step", PlanJson.step(r.steps().get(i)));
            ObjectNode sql = step.putObject("sqlPreview");
            List<List<String>> statements = SqlPreview.statements(r.steps().get(i));
            for (int db = 0; db < databases.size(); db++) {
                ArrayNode list = sql.putArray(databases.get(db));
                statements.get(db).forEach(list::add);
            }
        }
        ArrayNode destructive = root.putArray("destructive");
        for (Destructive d : r.destructive()) {
            destructive.addObject().put("step", d.step()).put("code", d.code()).put("reason", d.reason());
        }
        ObjectNode api = root.putObject("api").put("exact", r.apiExact());
        ArrayNode changes = api.putArray("changes");
        r.api().forEach(c -> changes.addObject().put("table", c.table()).put("change", c.what()).put("detail", c.detail())
                .put("breaking", c.breaking()));
        ArrayNode diagnostics = root.putArray("diagnostics");
        for (Diagnostic d : r.diagnostics()) {
            diagnostics.addObject().put("code", d.code().id()).put("severity", d.severity().label()).put("file", d.origin().file())
                    .put("message", d.message()).put("hint", d.hint());
        }
        return PrettyJson.text(root);
    }
}
