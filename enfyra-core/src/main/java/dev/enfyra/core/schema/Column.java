package dev.enfyra.core.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;

/**
 * One column of a table. {@code name} is both the API name and the physical column name: Enfyra
 * does not distinguish them.
 *
 * @param length        maximum length of a {@code varchar}, or null when unbounded
 * @param precision     total digits of a {@code decimal}, or null
 * @param scale         digits after the point of a {@code decimal}, or null
 * @param enumValues    the allowed values of an {@code enum} or {@code array-select} column, in declared
 *                      order; empty otherwise
 * @param defaultValue  the literal default, or null; never set together with {@code defaultNow}
 * @param defaultNow    true when the default is the current time ({@code "now"} in the snapshot)
 */
public record Column(
        String name,
        DataType type,
        boolean primary,
        boolean generated,
        boolean nullable,
        boolean updatable,
        boolean published,
        Integer length,
        Integer precision,
        Integer scale,
        List<String> enumValues,
        JsonNode defaultValue,
        boolean defaultNow) {

    public Column {
        Names.requireName(name, "column name");
        Objects.requireNonNull(type, "type");
        enumValues = List.copyOf(Objects.requireNonNull(enumValues, "enumValues"));
        // A copy, so that no caller can change a schema constant through a node it still holds.
        defaultValue = defaultValue == null || defaultValue.isNull() ? null : defaultValue.deepCopy();
        boolean hasValues = type == DataType.ENUM || type == DataType.ARRAY_SELECT;
        if (hasValues && enumValues.isEmpty()) {
            throw new IllegalArgumentException(type.enfyraName() + " column \"" + name + "\" needs enum values");
        }
        if (!hasValues && !enumValues.isEmpty()) {
            throw new IllegalArgumentException(
                    "column \"" + name + "\" is " + type.enfyraName() + ", not enum or array-select, but has enum values");
        }
        if (primary && nullable) {
            throw new IllegalArgumentException("primary key column \"" + name + "\" cannot be nullable");
        }
        if (defaultNow && defaultValue != null) {
            throw new IllegalArgumentException("column \"" + name + "\" has both a default value and defaultNow");
        }
        requirePositive(length, "length");
        requirePositive(precision, "precision");
        if (scale != null && scale < 0) {
            throw new IllegalArgumentException("column \"" + name + "\": scale must not be negative");
        }
    }

    /** A builder with Enfyra's defaults: nullable, updatable, published, not primary. */
    public static Builder builder(String name, DataType type) {
        return new Builder(name, type);
    }

    private void requirePositive(Integer value, String what) {
        if (value != null && value <= 0) {
            throw new IllegalArgumentException("column \"" + name + "\": " + what + " must be positive");
        }
    }

    /** Builds a {@link Column}; the parts left unset take Enfyra's defaults. */
    public static final class Builder {
        private final String name;
        private final DataType type;
        private boolean primary;
        private boolean generated;
        private boolean nullable = true;
        private boolean updatable = true;
        private boolean published = true;
        private Integer length;
        private Integer precision;
        private Integer scale;
        private List<String> enumValues = List.of();
        private JsonNode defaultValue;
        private boolean defaultNow;

        private Builder(String name, DataType type) {
            this.name = name;
            this.type = type;
        }

        /** Marks the column as the primary key; a primary key is never nullable. */
        public Builder primary(boolean primary) {
            this.primary = primary;
            if (primary) {
                this.nullable = false;
            }
            return this;
        }

        public Builder generated(boolean generated) {
            this.generated = generated;
            return this;
        }

        public Builder nullable(boolean nullable) {
            this.nullable = nullable;
            return this;
        }

        public Builder updatable(boolean updatable) {
            this.updatable = updatable;
            return this;
        }

        public Builder published(boolean published) {
            this.published = published;
            return this;
        }

        public Builder length(Integer length) {
            this.length = length;
            return this;
        }

        public Builder precision(Integer precision, Integer scale) {
            this.precision = precision;
            this.scale = scale;
            return this;
        }

        public Builder enumValues(List<String> enumValues) {
            this.enumValues = enumValues;
            return this;
        }

        public Builder defaultValue(JsonNode defaultValue) {
            this.defaultValue = defaultValue;
            return this;
        }

        public Builder defaultNow(boolean defaultNow) {
            this.defaultNow = defaultNow;
            return this;
        }

        public Column build() {
            return new Column(name, type, primary, generated, nullable, updatable, published,
                    length, precision, scale, enumValues, defaultValue, defaultNow);
        }
    }
}
