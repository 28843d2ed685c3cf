package dev.enfyra.codegen.snapshot;

import dev.enfyra.codegen.diag.DiagnosticCode;
import dev.enfyra.codegen.diag.Diagnostics;
import dev.enfyra.codegen.diag.Origin;
import dev.enfyra.codegen.diag.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Typed access to one JSON object of a schema file. Wrong JSON types and missing required
 * keys become diagnostics and a harmless fallback, so reading always continues.
 */
final class ObjectReader {

    private final JsonValue.Obj object;
    private final String what;
    private final Diagnostics diagnostics;

    /** Reports every key not in {@code knownKeys} as a warning naming the closest known key. */
    ObjectReader(JsonValue.Obj object, String what, Set<String> knownKeys, Diagnostics diagnostics) {
        this.object = object;
        this.what = what;
        this.diagnostics = diagnostics;
        for (var member : object.members().entrySet()) {
            if (!knownKeys.contains(member.getKey())) {
                String suggestion = Suggestions.didYouMean(member.getKey(), knownKeys);
                diagnostics.report(DiagnosticCode.UNKNOWN_KEY, member.getValue().origin(),
                                "unknown key \"" + member.getKey() + "\" in " + what + " is ignored")
                        .found("\"" + member.getKey() + "\"")
                        .expected("one of " + String.join(", ", knownKeys.stream().sorted().toList()))
                        .hint(suggestion != null ? suggestion : "remove the key, or check the format reference in docs/snapshot-format.md")
                        .add();
            }
        }
    }

    Origin origin() {
        return object.origin();
    }

    JsonValue.Obj object() {
        return object;
    }

    Optional<JsonValue> raw(String key) {
        return object.get(key);
    }

    /** A string; {@code null} JSON counts as absent. */
    Val<String> string(String key, boolean required) {
        Optional<JsonValue> value = object.get(key).filter(v -> !(v instanceof JsonValue.Null));
        if (value.isEmpty()) {
            if (required) {
                missing(key, "a string");
            }
            return Val.absent(null, object.origin());
        }
        if (value.get() instanceof JsonValue.Str s) {
            return Val.of(s.value(), s.origin());
        }
        wrongType(key, value.get(), "a string");
        return Val.absent(null, value.get().origin());
    }

    Val<Boolean> bool(String key, boolean fallback) {
        Optional<JsonValue> value = object.get(key).filter(v -> !(v instanceof JsonValue.Null));
        if (value.isEmpty()) {
            return Val.absent(fallback, object.origin());
        }
        if (value.get() instanceof JsonValue.Bool b) {
            return Val.of(b.value(), b.origin());
        }
        wrongType(key, value.get(), "true or false");
        return Val.absent(fallback, value.get().origin());
    }

    /** The elements of an array-valued key, each converted; absent or null gives an empty list. */
    <T> List<T> list(String key, String elementWhat, Function<JsonValue, Optional<T>> element) {
        Optional<JsonValue> value = object.get(key).filter(v -> !(v instanceof JsonValue.Null));
        if (value.isEmpty()) {
            return List.of();
        }
        if (!(value.get() instanceof JsonValue.Arr array)) {
            wrongType(key, value.get(), "an array of " + elementWhat);
            return List.of();
        }
        List<T> out = new ArrayList<>();
        for (JsonValue item : array.items()) {
            element.apply(item).ifPresent(out::add);
        }
        return out;
    }

    /** An array of strings. */
    List<Val<String>> strings(String key) {
        return list(key, "strings", item -> asString(item, key + " entry"));
    }

    Optional<Val<String>> asString(JsonValue item, String itemWhat) {
        if (item instanceof JsonValue.Str s) {
            return Optional.of(Val.of(s.value(), s.origin()));
        }
        report(item, itemWhat, "a string");
        return Optional.empty();
    }

    Optional<JsonValue.Obj> asObject(JsonValue item, String itemWhat) {
        if (item instanceof JsonValue.Obj o) {
            return Optional.of(o);
        }
        report(item, itemWhat, "an object");
        return Optional.empty();
    }

    /** Reports {@code key} as missing unless present. */
    void require(String key, String expected) {
        if (object.get(key).filter(v -> !(v instanceof JsonValue.Null)).isEmpty()) {
            missing(key, expected);
        }
    }

    private void missing(String key, String expected) {
        diagnostics.report(DiagnosticCode.MISSING_KEY, object.origin(), what + " has no \"" + key + "\"")
                .expected("\"" + key + "\": " + expected)
                .hint("add \"" + key + "\" to this object")
                .add();
    }

    private void wrongType(String key, JsonValue value, String expected) {
        report(value, "\"" + key + "\" of " + what, expected);
    }

    void report(JsonValue value, String subject, String expected) {
        diagnostics.report(DiagnosticCode.WRONG_JSON_TYPE, value.origin(), subject + " must be " + expected)
                .found(value.typeName() + " " + JsonValue.show(value))
                .expected(expected)
                .hint("write " + subject + " as " + expected)
                .add();
    }
}
