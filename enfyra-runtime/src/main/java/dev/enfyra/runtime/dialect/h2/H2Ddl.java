package dev.enfyra.runtime.dialect.h2;

import dev.enfyra.core.schema.Column;
import dev.enfyra.core.schema.DataType;
import dev.enfyra.runtime.dialect.BaseDdl;
import dev.enfyra.runtime.dialect.Quoting;
import dev.enfyra.runtime.dialect.SqlTypes;
import java.util.List;

final class H2Ddl extends BaseDdl {

    H2Ddl(Quoting quoting, SqlTypes types) {
        super(quoting, types);
    }

    /** The same Java folding as the in-memory evaluator, so H2 text search agrees with it exactly. */
    @Override
    public List<String> setup() {
        return List.of("CREATE ALIAS IF NOT EXISTS ENFYRA_FOLD DETERMINISTIC FOR '" + H2Functions.class.getName() + ".fold'");
    }

    /**
     * A JSON default is a JSON literal: H2 turns a plain string literal into a JSON string, so
     * {@code DEFAULT '{"a":1}'} would insert the text {@code "{\"a\":1}"}, not the object.
     */
    @Override
    protected String defaultLiteral(Column column) {
        String literal = super.defaultLiteral(column);
        boolean json = column.type() == DataType.SIMPLE_JSON || column.type() == DataType.ARRAY_SELECT;
        return json && literal != null ? "JSON " + literal : literal;
    }
}
