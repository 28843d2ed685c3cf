package dev.enfyra.core.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The column types of an Enfyra schema, named as in {@code snapshot.json}.
 *
 * <p>The capability methods are the single place that says which filter operators and which
 * Java value type belong to a type; the parser, the evaluator and generated code ask them
 * instead of switching on the type themselves.
 */
public enum DataType {
    INT("int", Integer.class, Kind.NUMBER),
    BIGINT("bigint", Long.class, Kind.NUMBER),
    FLOAT("float", Double.class, Kind.NUMBER),
    DECIMAL("decimal", BigDecimal.class, Kind.NUMBER),
    VARCHAR("varchar", String.class, Kind.TEXT),
    TEXT("text", String.class, Kind.TEXT),
    BOOLEAN("boolean", Boolean.class, Kind.BOOLEAN),
    UUID("uuid", java.util.UUID.class, Kind.UUID),
    DATE("date", LocalDate.class, Kind.TEMPORAL),
    DATETIME("datetime", OffsetDateTime.class, Kind.TEMPORAL),
    TIMESTAMP("timestamp", OffsetDateTime.class, Kind.TEMPORAL),
    ENUM("enum", String.class, Kind.TEXT),
    ARRAY_SELECT("array-select", List.class, Kind.STRUCTURED),
    SIMPLE_JSON("simple-json", JsonNode.class, Kind.STRUCTURED),
    CODE("code", String.class, Kind.TEXT),
    RICHTEXT("richtext", String.class, Kind.TEXT),
    OBJECT_ID("ObjectId", String.class, Kind.TEXT);

    private enum Kind { NUMBER, TEXT, BOOLEAN, UUID, TEMPORAL, STRUCTURED }

    private final String enfyraName;
    private final Class<?> javaType;
    private final Kind kind;

    DataType(String enfyraName, Class<?> javaType, Kind kind) {
        this.enfyraName = enfyraName;
        this.javaType = javaType;
        this.kind = kind;
    }

    /** The name used in {@code snapshot.json}, e.g. {@code "array-select"}. */
    public String enfyraName() {
        return enfyraName;
    }

    /** The Java type of a value of this column in entities and filter values. */
    public Class<?> javaType() {
        return javaType;
    }

    /** Looks a type up by its exact (case-sensitive) Enfyra name. */
    public static Optional<DataType> fromEnfyraName(String name) {
        for (DataType type : values()) {
            if (type.enfyraName.equals(name)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** Text types: {@code _contains}, {@code _starts_with} and {@code _ends_with} apply. */
    public boolean isText() {
        return kind == Kind.TEXT;
    }

    public boolean isNumeric() {
        return kind == Kind.NUMBER;
    }

    /** {@code date}, {@code datetime} and {@code timestamp}. */
    public boolean isTemporal() {
        return kind == Kind.TEMPORAL;
    }

    /**
     * Types for which {@code _gt}, {@code _lt} and {@code _between} have one meaning in every
     * database and in memory. Left out on purpose: {@code enum} (MySQL and PostgreSQL enum types
     * sort by declaration order, not by text), {@code uuid} (PostgreSQL sorts bytes, Java
     * compares signed longs), {@code code}/{@code richtext} (documents, not keys), booleans
     * and the structured types.
     */
    public boolean isOrderable() {
        return switch (this) {
            case INT, BIGINT, FLOAT, DECIMAL, DATE, DATETIME, TIMESTAMP, VARCHAR, TEXT, OBJECT_ID ->
                true;
            default -> false;
        };
    }

    /**
     * Types compared by equality ({@code _eq}, {@code _in}, ...). Structured values
     * ({@code array-select}, {@code simple-json}) have no portable equality in SQL, so only the
     * null checks apply to them.
     */
    public boolean isComparable() {
        return kind != Kind.STRUCTURED;
    }
}
