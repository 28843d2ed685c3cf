package dev.enfyra.codegen.check;

import dev.enfyra.codegen.diag.DiagnosticCode;
import dev.enfyra.codegen.physical.PhysicalForeignKey;
import dev.enfyra.codegen.plan.Step;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * ENF-C003: dropping a relation deletes its links, whether they live in an FK column (to-one)
 * or in a junction table (many-to-many).
 */
public final class DropRelationCheck implements DestructiveCheck {

    @Override
    public DiagnosticCode code() {
        return DiagnosticCode.DROPS_RELATION;
    }

    @Override
    public Optional<String> check(Step step, CheckContext context) {
        if (step instanceof Step.DropColumn drop && isForeignKeyColumn(drop, context)) {
            String target = context.tableBefore(drop.table())
                    .flatMap(t -> t.foreignKeyOf(drop.column().name()))
                    .map(PhysicalForeignKey::targetTable).orElse("?");
            return Optional.of("drops relation column " + drop.table() + "." + drop.column().name() + " (links to "
                    + target + ")");
        }
        if (step instanceof Step.DropTable drop && drop.definition().isJunction()) {
            // As it was before the plan: its own foreign keys may be dropped by an earlier step.
            String ends = context.before().table(drop.table()).orElse(drop.definition()).foreignKeys().stream()
                    .map(PhysicalForeignKey::targetTable).distinct().collect(Collectors.joining(" and "));
            return Optional.of("drops junction table " + drop.table() + " and the many-to-many links between " + ends);
        }
        return Optional.empty();
    }

    /** The dropped column (named as it was: drops come after renames, of other columns) held a to-one relation's foreign key. */
    static boolean isForeignKeyColumn(Step.DropColumn drop, CheckContext context) {
        return context.tableBefore(drop.table())
                .flatMap(t -> t.foreignKeyOf(drop.column().name()))
                .isPresent();
    }
}
