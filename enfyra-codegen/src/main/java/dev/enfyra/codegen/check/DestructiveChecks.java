package dev.enfyra.codegen.check;

import dev.enfyra.codegen.diag.Diagnostic;
import dev.enfyra.codegen.diag.DiagnosticCode;
import dev.enfyra.codegen.diag.Origin;
import dev.enfyra.codegen.plan.Destructive;
import dev.enfyra.codegen.plan.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Entry point of the check stage: every analyzer over every step of a plan. */
public final class DestructiveChecks {

    /** All analyzers, in code order. */
    public static final List<DestructiveCheck> ALL = List.of(
            new DropTableCheck(), new DropColumnCheck(), new DropRelationCheck(), new NarrowingCheck(),
            new NotNullCheck(), new EnumValueRemovedCheck(), new UniqueAddedCheck());

    private DestructiveChecks() {
    }

    /** The findings, by step, then code. */
    public static List<Destructive> run(List<Step> steps, CheckContext context) {
        List<Destructive> out = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            for (DestructiveCheck check : ALL) {
                Optional<String> reason = check.check(steps.get(i), context);
                if (reason.isPresent()) {
                    out.add(new Destructive(i, check.code().id(), reason.get()));
                }
            }
        }
        return List.copyOf(out);
    }

    /** One warning per finding, as the goals print them before asking for the confirm hash. */
    public static List<Diagnostic> diagnostics(List<Destructive> findings, List<Step> steps, String file) {
        List<Diagnostic> out = new ArrayList<>();
        for (Destructive finding : findings) {
            DiagnosticCode code = DiagnosticCode.byId(finding.code());
            Step step = steps.get(finding.step());
            out.add(new Diagnostic(code, code.severity(), Origin.ofFile(file),
                    "step " + finding.step() + " (" + step.kind().op() + ") " + finding.reason(),
                    null, null, "confirm it: the build prints the confirm hash; or change snapshot.json so that it is not needed")
            );
        }
        return out;
    }
}
