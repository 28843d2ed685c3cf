package dev.enfyra.runtime.dialect.h2;

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
}
