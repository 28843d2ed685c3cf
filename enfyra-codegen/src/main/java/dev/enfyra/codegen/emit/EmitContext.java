package dev.enfyra.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.enfyra.codegen.model.Column;
import dev.enfyra.codegen.model.ColumnType;
import dev.enfyra.codegen.model.NamingStrategy;
import dev.enfyra.codegen.model.Relation;
import dev.enfyra.codegen.model.Schema;
import dev.enfyra.codegen.model.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Names and Java types of generated code, in one place so that every emitter agrees on them:
 * the class of each table's entity and inputs, the enum of each enum column, the Java type of
 * each column and relation.
 */
final class EmitContext {

    private final Schema schema;
    private final EmitOptions options;
    private final NamingStrategy naming;

    EmitContext(Schema schema, EmitOptions options, NamingStrategy naming) {
        this.schema = schema;
        this.options = options;
        this.naming = naming;
    }

    Schema schema() {
        return schema;
    }

    NamingStrategy naming() {
        return naming;
    }

    String basePackage() {
        return options.basePackage();
    }

    ClassName schemaClass() {
        return ClassName.get(options.basePackage(), options.schemaClassName());
    }

    ClassName entity(Table table) {
        return ClassName.get(options.basePackage(), table.javaName());
    }

    ClassName entity(String tableName) {
        return entity(schema.requireTable(tableName));
    }

    ClassName reader(Table table) {
        return ClassName.get(options.basePackage(), table.javaName() + "Json");
    }

    ClassName resource(Table table) {
        return ClassName.get(options.basePackage(), table.javaName() + "Resource");
    }

    ClassName graphQlFetchers(Table table) {
        return ClassName.get(options.basePackage(), table.javaName() + "GraphQl");
    }

    ClassName applicationClass() {
        return ClassName.get(options.basePackage(), options.applicationClassName());
    }

    boolean server() {
        return options.server();
    }

    ClassName create(Table table) {
        return ClassName.get(options.basePackage(), table.javaName() + "Create");
    }

    ClassName update(Table table) {
        return ClassName.get(options.basePackage(), table.javaName() + "Update");
    }

    /**
     * The enum generated for an enum or array-select column, nested in the entity. Named after
     * the column; a column named like its table gets {@code Value} appended, as a nested type
     * cannot share its enclosing type's name.
     */
    ClassName enumType(Table table, Column column) {
        String name = naming.typeName(column.name());
        if (name.equals(table.javaName())) {
            name = name + "Value";
        }
        return entity(table).nestedClass(name);
    }

    /** The Java type of a column's values; nullable everywhere, since a field may also be unselected. */
    TypeName valueType(Table table, Column column) {
        return switch (column.type()) {
            case INT -> ClassName.get(Integer.class);
            case BIGINT -> ClassName.get(Long.class);
            case FLOAT -> ClassName.get(Double.class);
            case DECIMAL -> ClassName.get(BigDecimal.class);
            case VARCHAR, TEXT, CODE, RICHTEXT, OBJECT_ID -> ClassName.get(String.class);
            case BOOLEAN -> ClassName.get(Boolean.class);
            case UUID -> ClassName.get(UUID.class);
            case DATE -> ClassName.get(LocalDate.class);
            case DATETIME, TIMESTAMP -> ClassName.get(OffsetDateTime.class);
            case ENUM -> enumType(table, column);
            case ARRAY_SELECT -> ParameterizedTypeName.get(ClassName.get(List.class), enumType(table, column));
            case SIMPLE_JSON -> CoreTypes.JSON_NODE;
        };
    }

    /** The type of a table's primary key values, which is also the type of references to it. */
    TypeName keyType(String tableName) {
        Table target = schema.requireTable(tableName);
        return valueType(target, target.primaryKey());
    }

    /** {@code Ref<Target, Key>} for a to-one, {@code List<Ref<Target, Key>>} for a to-many relation. */
    TypeName relationType(Relation relation) {
        TypeName ref = ParameterizedTypeName.get(CoreTypes.REF, entity(relation.targetTable()), keyType(relation.targetTable()));
        return relation.isToOne() ? ref : ParameterizedTypeName.get(ClassName.get(List.class), ref);
    }

    /** What a write sends for a relation: the target's id, or a list of ids for a to-many. */
    TypeName relationInputType(Relation relation) {
        TypeName key = keyType(relation.targetTable());
        return relation.isToOne() ? key : ParameterizedTypeName.get(ClassName.get(List.class), key);
    }

    static boolean isTemporal(ColumnType type) {
        return type.isTemporal();
    }
}
