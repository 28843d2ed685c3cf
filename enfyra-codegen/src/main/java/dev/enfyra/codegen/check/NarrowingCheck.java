package dev.enfyra.codegen.check;

import dev.enfyra.codegen.diag.DiagnosticCode;
import dev.enfyra.codegen.plan.Step;
import java.util.Optional;

/** ENF-C004: a type or length change that not every existing value survives ({@link TypeWidening}). */
public final class NarrowingCheck implements DestructiveCheck {

    @Override
    public DiagnosticCode code() {
        return DiagnosticCode.NARROWS_TYPE;
    }

    @Override
    public Optional<String> check(Step step, CheckContext context) {
        if (step instanceof Step.AlterColumn alter && !TypeWidening.keepsEveryValue(alter.from(), alter.to())) {
            return Optional.of("narrows " + alter.table() + "." + alter.to().name() + " from " + alter.from().typeLabel()
                    + " to " + alter.to().typeLabel() + ": values that do not fit are cut or refused");
        }
        return Optional.empty();
    }
}
