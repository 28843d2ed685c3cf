package dev.enfyra.codegen.check;

import dev.enfyra.codegen.diag.DiagnosticCode;
import dev.enfyra.codegen.plan.Step;
import java.util.Optional;

/** ENF-C005: NOT NULL on an existing column fails while any row holds null there. */
public final class NotNullCheck implements DestructiveCheck {

    @Override
    public DiagnosticCode code() {
        return DiagnosticCode.ADDS_NOT_NULL;
    }

    @Override
    public Optional<String> check(Step step, CheckContext context) {
        if (step instanceof Step.AlterColumn alter && alter.from().nullable() && !alter.to().nullable()) {
            return Optional.of("makes " + alter.table() + "." + alter.to().name()
                    + " NOT NULL: fails while a row holds null there, unless those rows are fixed first");
        }
        return Optional.empty();
    }
}
