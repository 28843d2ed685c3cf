package dev.enfyra.runtime.write;

import dev.enfyra.core.schema.ForeignKey;
import dev.enfyra.core.schema.Index;
import dev.enfyra.core.schema.Schema;
import dev.enfyra.core.schema.Table;
import dev.enfyra.runtime.api.ApiError;
import dev.enfyra.runtime.dialect.Dialect;
import dev.enfyra.runtime.dialect.ErrorTranslator;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.jdbi.v3.core.JdbiException;

/**
 * Turns a database's integrity error into an answer that names the rule in the schema's words:
 * a unique violation is 409 DUPLICATE_RESOURCE with its fields, a missing referenced row 422
 * naming the relation, a row still referenced 409 RESOURCE_IN_USE naming who references it.
 * The database's own message is never passed on.
 */
final class Violations {

    private Violations() {
    }

    static <T> T translate(Table table, Schema schema, Dialect dialect, Supplier<T> write) {
        try {
            return write.get();
        } catch (JdbiException e) {
            SQLException sql = sqlCause(e);
            if (sql == null) {
                throw e;
            }
            ErrorTranslator.Violation v = dialect.errors().classify(sql);
            String detail = v.detail() == null ? "" : v.detail().toLowerCase(Locale.ROOT);
            throw switch (v.kind()) {
                case UNIQUE_VIOLATION -> duplicate(table, detail);
                case FOREIGN_KEY_VIOLATION -> foreignKey(table, schema, detail);
                case NOT_NULL_VIOLATION, CHECK_VIOLATION -> new ApiError(ApiError.Code.VALIDATION_ERROR,
                        "the " + table.name() + " record breaks a rule of the schema");
                case OTHER -> e;
            };
        }
    }

    private static ApiError duplicate(Table table, String detail) {
        for (Index index : table.indexes()) {
            if (index.unique() && detail.contains(index.name().toLowerCase(Locale.ROOT))) {
                List<String> names = index.columns().stream().map(c -> fieldName(table, c)).toList();
                List<ApiError.Detail> fields = names.stream().map(c -> new ApiError.Detail(c, "must be unique")).toList();
                return new ApiError(ApiError.Code.DUPLICATE_RESOURCE, "a " + table.name() + " record with the same "
                        + String.join(", ", names) + " already exists", fields);
            }
        }
        return new ApiError(ApiError.Code.DUPLICATE_RESOURCE, "a " + table.name() + " record with the same unique values already exists");
    }

    /** The name a client writes: a relation's, not its foreign key column's (a one-to-one's key is unique). */
    private static String fieldName(Table table, String column) {
        return table.foreignKeys().stream().filter(fk -> fk.column().equals(column)).map(ForeignKey::relation)
                .findFirst().orElse(column);
    }

    private static ApiError foreignKey(Table table, Schema schema, String detail) {
        for (ForeignKey fk : table.foreignKeys()) {
            if (detail.contains(fk.name().toLowerCase(Locale.ROOT))) {
                return new ApiError(ApiError.Code.VALIDATION_ERROR, "the referenced " + fk.targetTable() + " record does not exist",
                        List.of(new ApiError.Detail(fk.relation(), "no such " + fk.targetTable() + " record")));
            }
        }
        for (Table other : schema.tables()) {
            for (ForeignKey fk : other.foreignKeys()) {
                if (fk.targetTable().equals(table.name()) && detail.contains(fk.name().toLowerCase(Locale.ROOT))) {
                    return new ApiError(ApiError.Code.RESOURCE_IN_USE, "this " + table.name() + " record is still referenced by "
                            + other.name() + "." + fk.relation(), List.of(new ApiError.Detail(other.name() + "." + fk.relation(),
                            "references this record; delete or change those first")));
                }
            }
        }
        return new ApiError(ApiError.Code.RESOURCE_IN_USE, "the " + table.name() + " record is referenced by, or references, another record");
    }

    private static SQLException sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }
}
