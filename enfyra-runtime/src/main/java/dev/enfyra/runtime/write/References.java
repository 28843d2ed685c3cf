package dev.enfyra.runtime.write;

import dev.enfyra.core.schema.Column;
import dev.enfyra.core.schema.Relation;
import dev.enfyra.core.schema.Schema;
import dev.enfyra.core.schema.Table;
import dev.enfyra.runtime.api.ApiError;
import dev.enfyra.runtime.dialect.Dialect;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * Checks, before writing, that every referenced row exists, so that the answer names the relation
 * and the missing id (422) instead of a database's foreign key message. The constraint still
 * guards against a row deleted in between ({@link Violations}).
 */
final class References {

    private final Handle handle;
    private final Schema schema;
    private final Dialect dialect;

    References(Handle handle, Schema schema, Dialect dialect) {
        this.handle = handle;
        this.schema = schema;
        this.dialect = dialect;
    }

    void check(Payload payload) {
        List<ApiError.Detail> missing = new ArrayList<>();
        for (Map.Entry<Relation, Object> e : payload.toOne().entrySet()) {
            if (e.getValue() != null) {
                missing(e.getKey(), List.of(e.getValue())).forEach(id -> missing.add(detail(e.getKey(), id)));
            }
        }
        for (Map.Entry<Relation, List<Object>> e : payload.manyToMany().entrySet()) {
            missing(e.getKey(), e.getValue()).forEach(id -> missing.add(detail(e.getKey(), id)));
        }
        if (!missing.isEmpty()) {
            throw new ApiError(ApiError.Code.VALIDATION_ERROR, "referenced records do not exist", missing);
        }
    }

    private static ApiError.Detail detail(Relation relation, Object id) {
        return new ApiError.Detail(relation.propertyName(), "no " + relation.targetTable() + " record with id " + id);
    }

    /** The ids in {@code ids} that no row of the relation's target has. */
    private List<Object> missing(Relation relation, List<Object> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Table target = schema.requireTable(relation.targetTable());
        Column pk = target.primaryKey();
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < ids.size(); i++) {
            in.append(i == 0 ? "" : ", ").append(dialect.values().placeholder(pk.type()));
        }
        String sql = "SELECT " + q(pk.name()) + " FROM " + q(target.name()) + " WHERE " + q(pk.name()) + " IN (" + in + ")";
        Set<Object> found = new HashSet<>();
        Inserts binder = new Inserts(handle, dialect);
        try (var query = handle.createQuery(sql)) {
            for (int i = 0; i < ids.size(); i++) {
                binder.bindOne(query, i, pk.type(), ids.get(i));
            }
            query.map((rs, ctx) -> dialect.values().read(rs, 1, pk.type())).forEach(found::add);
        }
        return ids.stream().filter(id -> !found.contains(id)).filter(Objects::nonNull).toList();
    }

    private String q(String identifier) {
        return dialect.quoting().quote(identifier);
    }
}
