package dev.enfyra.codegen.check;

import dev.enfyra.codegen.diag.DiagnosticCode;
import dev.enfyra.codegen.plan.Step;
import java.util.Optional;

/** ENF-C002: dropping a column deletes its values. FK columns are relations ({@link DropRelationCheck}). */
public final class DropColumnCheck implements DestructiveCheck {

    @Override
    public DiagnosticCode code() {
        return DiagnosticCode.DROPS_COLUMN;
    }

    @Override
    public Optional<String> check(Step step, CheckContext context) {
        if (step instanceof Step.DropColumn drop && !DropRelationCheck.isForeignKeyColumn(drop, context)) {
            return Optional.of("drops column " + drop.table() + "." + drop.column().name() + " ("
                    + drop.column().typeLabel() + ") and its values");
        }
        return Optional.empty();
    }
}
