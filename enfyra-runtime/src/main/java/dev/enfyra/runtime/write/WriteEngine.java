package dev.enfyra.runtime.write;

import com.fasterxml.jackson.databind.JsonNode;
import dev.enfyra.core.schema.Column;
import dev.enfyra.core.schema.DataType;
import dev.enfyra.core.schema.Relation;
import dev.enfyra.core.schema.Schema;
import dev.enfyra.core.schema.Table;
import dev.enfyra.runtime.api.ApiError;
import dev.enfyra.runtime.dialect.Dialect;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * Creates, updates and deletes rows on a handle the caller runs in a transaction: validates the
 * body against the schema, checks that referenced rows exist, maintains createdAt/updatedAt,
 * generates uuid keys, writes FK columns and replaces junction rows. Database errors become
 * {@link ApiError}s naming the rule ({@link Violations}).
 */
public final class WriteEngine {

    private final Schema schema;
    private final Dialect dialect;

    public WriteEngine(Schema schema, Dialect dialect) {
        this.schema = schema;
        this.dialect = dialect;
    }

    /** Inserts a row and its links; returns its primary key. */
    public Object create(Handle handle, String tableName, JsonNode body) {
        return create(handle, tableName, body, PayloadReader.Mode.CREATE);
    }

    /** As {@link #create(Handle, String, JsonNode)}, but a uuid key may be given, so that seed rows can reference it. */
    public Object seed(Handle handle, String tableName, JsonNode body) {
        return create(handle, tableName, body, PayloadReader.Mode.SEED);
    }

    private Object create(Handle handle, String tableName, JsonNode body, PayloadReader.Mode mode) {
        Table table = schema.requireTable(tableName);
        Payload payload = PayloadReader.read(schema, table, body, mode);
        new References(handle, schema, dialect).check(payload);
        Map<String, Object[]> values = new LinkedHashMap<>();
        OffsetDateTime now = WriteValues.millis(OffsetDateTime.now(ZoneOffset.UTC));
        Column pk = table.primaryKey();
        boolean databaseKey = dialect.types().databaseGeneratesKey(pk);
        if (pk.generated() && !databaseKey && !payload.columns().containsKey(pk)) {
            values.put(pk.name(), new Object[] {pk.type(), Uuids.v7()});
        }
        for (Column column : table.columns()) {
            if (payload.columns().containsKey(column)) {
                values.put(column.name(), new Object[] {column.type(), payload.columns().get(column)});
            } else if (column.defaultNow() && !column.primary()) {
                values.put(column.name(), new Object[] {column.type(), column.type() == DataType.DATE ? now.toLocalDate() : now});
            } else if (column.defaultValue() != null) {
                values.put(column.name(), new Object[] {column.type(), WriteValues.convert(column, column.defaultValue()).value()});
            }
        }
        payload.toOne().forEach((relation, id) -> values.put(relation.foreignKeyColumn(),
                new Object[] {keyType(relation), id}));
        Object key = Violations.translate(table, schema, dialect, () -> new Inserts(handle, dialect).insert(table, values, databaseKey));
        Object id = databaseKey ? key : values.get(pk.name())[1];
        payload.manyToMany().forEach((relation, ids) -> Violations.translate(table, schema, dialect,
                () -> new Links(handle, schema, dialect).replace(table, relation, id, ids)));
        return id;
    }

    /** Changes a row and replaces the links given; 404 when there is no such row. */
    public void update(Handle handle, String tableName, Object id, JsonNode body) {
        Table table = schema.requireTable(tableName);
        Payload payload = PayloadReader.read(schema, table, body, PayloadReader.Mode.UPDATE);
        Inserts statements = new Inserts(handle, dialect);
        if (!statements.exists(table, id)) {
            throw notFound(table, id);
        }
        new References(handle, schema, dialect).check(payload);
        Map<String, Object[]> values = new LinkedHashMap<>();
        payload.columns().forEach((column, value) -> values.put(column.name(), new Object[] {column.type(), value}));
        payload.toOne().forEach((relation, value) -> values.put(relation.foreignKeyColumn(), new Object[] {keyType(relation), value}));
        table.column("updatedAt").ifPresent(c -> values.put(c.name(),
                new Object[] {c.type(), WriteValues.millis(OffsetDateTime.now(ZoneOffset.UTC))}));
        if (!values.isEmpty()) {
            Violations.translate(table, schema, dialect, () -> statements.update(table, id, values));
        }
        payload.manyToMany().forEach((relation, ids) -> Violations.translate(table, schema, dialect,
                () -> new Links(handle, schema, dialect).replace(table, relation, id, ids)));
    }

    /** Deletes a row (junction links cascade); 404 when there is none, 409 when others still reference it. */
    public void delete(Handle handle, String tableName, Object id) {
        Table table = schema.requireTable(tableName);
        int deleted = Violations.translate(table, schema, dialect, () -> new Inserts(handle, dialect).delete(table, id));
        if (deleted == 0) {
            throw notFound(table, id);
        }
    }

    /** The id in a URL, converted to the key's type; a malformed one is a 404 too (no such row can exist). */
    public Object parseId(String tableName, String text) {
        Table table = schema.requireTable(tableName);
        Column pk = table.primaryKey();
        JsonNode node = switch (pk.type()) {
            case INT, BIGINT -> text.matches("-?\\d{1,19}") ? com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
                    .numberNode(new java.math.BigInteger(text)) : null;
            default -> com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.textNode(text);
        };
        WriteValues.Converted converted = node == null ? WriteValues.Converted.bad("malformed") : WriteValues.convert(pk, node);
        if (converted.problem() != null) {
            throw notFound(table, text);
        }
        return converted.value();
    }

    static ApiError notFound(Table table, Object id) {
        return new ApiError(ApiError.Code.RESOURCE_NOT_FOUND, "no " + table.name() + " record with id " + id);
    }

    private DataType keyType(Relation relation) {
        return schema.requireTable(relation.targetTable()).primaryKey().type();
    }
}
