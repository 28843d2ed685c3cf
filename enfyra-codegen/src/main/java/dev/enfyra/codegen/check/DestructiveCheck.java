package dev.enfyra.codegen.check;

import dev.enfyra.codegen.diag.DiagnosticCode;
import dev.enfyra.codegen.plan.Step;
import java.util.Optional;

/**
 * One analyzer of one way a step can lose data, with its own stable code. Build time can only
 * say "may lose data"; the runtime can count the rows at stake.
 */
public interface DestructiveCheck {

    DiagnosticCode code();

    /** What {@code step} puts at risk, or empty when this analyzer has nothing to say about it. */
    Optional<String> check(Step step, CheckContext context);
}
