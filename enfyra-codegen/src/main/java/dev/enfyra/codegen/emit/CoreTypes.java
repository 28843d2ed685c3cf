package dev.enfyra.codegen.emit;

import com.palantir.javapoet.ClassName;

/**
 * The enfyra-core and library types generated code refers to, by name: the compiler does not
 * need them on its classpath (the generated project has them).
 */
final class CoreTypes {

    static final String DSL = "dev.enfyra.core.dsl";
    static final String SCHEMA = "dev.enfyra.core.schema";

    static final ClassName FIELDS = ClassName.get(DSL, "Fields");
    static final ClassName NULLABLE_FIELD = ClassName.get(DSL, "NullableField");
    static final ClassName FIELD = ClassName.get(DSL, "Field");
    static final ClassName COMPARABLE_FIELD = ClassName.get(DSL, "ComparableField");
    static final ClassName NUMBER_FIELD = ClassName.get(DSL, "NumberField");
    static final ClassName STRING_FIELD = ClassName.get(DSL, "StringField");
    static final ClassName BOOLEAN_FIELD = ClassName.get(DSL, "BooleanField");
    static final ClassName UUID_FIELD = ClassName.get(DSL, "UuidField");
    static final ClassName ENUM_FIELD = ClassName.get(DSL, "EnumField");
    static final ClassName TO_ONE = ClassName.get(DSL, "ToOne");
    static final ClassName TO_MANY = ClassName.get(DSL, "ToMany");
    static final ClassName REF = ClassName.get(DSL, "Ref");
    static final ClassName PATCH = ClassName.get(DSL, "Patch");
    static final ClassName TABLE_REF = ClassName.get(DSL, "TableRef");
    static final ClassName ENFYRA_ENUM = ClassName.get(DSL, "EnfyraEnum");

    static final ClassName SCHEMA_MODEL = ClassName.get(SCHEMA, "Schema");
    static final ClassName TABLE = ClassName.get(SCHEMA, "Table");
    static final ClassName COLUMN = ClassName.get(SCHEMA, "Column");
    static final ClassName RELATION = ClassName.get(SCHEMA, "Relation");
    static final ClassName DATA_TYPE = ClassName.get(SCHEMA, "DataType");
    static final ClassName RELATION_KIND = ClassName.get(SCHEMA, "RelationKind");
    static final ClassName INDEX = ClassName.get(SCHEMA, "Index");
    static final ClassName FOREIGN_KEY = ClassName.get(SCHEMA, "ForeignKey");
    static final ClassName JUNCTION = ClassName.get(SCHEMA, "Junction");

    static final ClassName JSON_NODE = ClassName.get("com.fasterxml.jackson.databind", "JsonNode");
    static final ClassName JSON_MAPPER = ClassName.get("com.fasterxml.jackson.databind.json", "JsonMapper");

    private CoreTypes() {
    }
}
