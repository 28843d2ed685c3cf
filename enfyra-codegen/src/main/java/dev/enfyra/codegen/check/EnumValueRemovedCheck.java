package dev.enfyra.codegen.check;

import dev.enfyra.codegen.diag.DiagnosticCode;
import dev.enfyra.codegen.plan.Step;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** ENF-C006: an enum or array-select value removed; rows holding it no longer fit. */
public final class EnumValueRemovedCheck implements DestructiveCheck {

    @Override
    public DiagnosticCode code() {
        return DiagnosticCode.REMOVES_ENUM_VALUE;
    }

    @Override
    public Optional<String> check(Step step, CheckContext context) {
        if (!(step instanceof Step.AlterColumn alter) || alter.to().values().isEmpty()) {
            return Optional.empty();
        }
        List<String> removed = alter.from().values().stream().filter(v -> !alter.to().values().contains(v)).toList();
        if (removed.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("removes " + (removed.size() == 1 ? "value " : "values ")
                + removed.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(", ")) + " from "
                + alter.table() + "." + alter.to().name() + ": rows that hold " + (removed.size() == 1 ? "it" : "them")
                + " no longer fit");
    }
}
