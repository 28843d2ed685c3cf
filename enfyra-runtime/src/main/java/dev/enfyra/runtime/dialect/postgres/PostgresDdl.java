package dev.enfyra.runtime.dialect.postgres;

import dev.enfyra.runtime.dialect.BaseDdl;
import dev.enfyra.runtime.dialect.Quoting;
import dev.enfyra.runtime.dialect.SqlTypes;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

final class PostgresDdl extends BaseDdl {

    PostgresDdl(Quoting quoting, SqlTypes types) {
        super(quoting, types);
    }

    /** {@code enfyra_fold}, which text search calls (see {@link PostgresFunctions}). */
    @Override
    public List<String> setup() {
        return List.of(PostgresFunctions.createFold());
    }

    /** Writes {@code enfyra_fold} only when the database does not have this runtime's already. */
    @Override
    public void ensureSetup(Connection c) throws SQLException {
        if (!PostgresFunctions.current(c)) {
            super.ensureSetup(c);
        }
    }
}
