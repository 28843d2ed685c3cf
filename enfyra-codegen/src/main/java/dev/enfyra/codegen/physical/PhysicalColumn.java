package dev.enfyra.codegen.physical;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;

/**
 * A column as the database holds it (contract/plan-format.md, {@code <column>}).
 *
 * @param type         the Enfyra type name, e.g. {@code varchar}; an FK column has its target key's type
 * @param generated    the database generates the value (identity); never true for uuid keys,
 *                     which the runtime generates
 * @param length       varchar only, else null
 * @param precision    decimal only, else null
 * @param scale        decimal only, else null
 * @param values       enum and array-select values in declared order; empty for other types
 * @param defaultValue the literal default as JSON, {@code {"now": true}} for the current time, or
 *                     null for none
 */
public record PhysicalColumn(
        String name,
        String type,
        boolean nullable,
        boolean generated,
        Integer length,
        Integer precision,
        Integer scale,
        List<String> values,
        JsonNode defaultValue) {

    public PhysicalColumn {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        values = List.copyOf(values);
        // A copy: a record that shares a mutable tree with its caller would not be a value.
        defaultValue = defaultValue == null || defaultValue.isNull() ? null : defaultValue.deepCopy();
    }

    public PhysicalColumn withName(String newName) {
        return new PhysicalColumn(newName, type, nullable, generated, length, precision, scale, values, defaultValue);
    }

    /** {@code {"now": true}}: the current date or time. */
    public boolean defaultsToNow() {
        return defaultValue != null && defaultValue.isObject() && defaultValue.path("now").asBoolean(false);
    }

    /** {@code varchar(255)}, {@code decimal(10, 2)}, {@code enum} ...: the type as people read it. */
    public String typeLabel() {
        if (length != null) {
            return type + "(" + length + ")";
        }
        if (precision != null) {
            return type + "(" + precision + ", " + scale + ")";
        }
        return type;
    }
}
