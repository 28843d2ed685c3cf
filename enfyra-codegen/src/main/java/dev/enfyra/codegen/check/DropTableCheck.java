package dev.enfyra.codegen.check;

import dev.enfyra.codegen.diag.DiagnosticCode;
import dev.enfyra.codegen.plan.Step;
import java.util.Optional;

/** ENF-C001: dropping a table deletes all its rows. Junctions are relations ({@link DropRelationCheck}). */
public final class DropTableCheck implements DestructiveCheck {

    @Override
    public DiagnosticCode code() {
        return DiagnosticCode.DROPS_TABLE;
    }

    @Override
    public Optional<String> check(Step step, CheckContext context) {
        if (step instanceof Step.DropTable drop && !drop.definition().isJunction()) {
            return Optional.of("drops table " + drop.table() + " (" + drop.definition().columns().size()
                    + " columns) and every row in it");
        }
        return Optional.empty();
    }
}
