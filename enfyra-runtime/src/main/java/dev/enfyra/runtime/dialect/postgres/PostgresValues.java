package dev.enfyra.runtime.dialect.postgres;

import dev.enfyra.core.schema.DataType;
import dev.enfyra.runtime.dialect.BaseValueCodec;

/**
 * The driver binds uuid, date and timestamptz natively (OffsetDateTime in, UTC out). JSON is
 * bound as text and cast: a plain string parameter is not accepted for a jsonb column.
 */
final class PostgresValues extends BaseValueCodec {

    @Override
    public String placeholder(DataType type) {
        return type == DataType.SIMPLE_JSON || type == DataType.ARRAY_SELECT ? "CAST(? AS jsonb)" : "?";
    }
}
