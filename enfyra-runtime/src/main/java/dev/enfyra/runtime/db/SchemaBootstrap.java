package dev.enfyra.runtime.db;

import dev.enfyra.core.schema.ForeignKey;
import dev.enfyra.core.schema.Index;
import dev.enfyra.core.schema.Junction;
import dev.enfyra.core.schema.Schema;
import dev.enfyra.core.schema.Table;
import dev.enfyra.runtime.dialect.Ddl;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Creates every table of the schema when the database has none of them. A database that has
 * some but not all is left alone and reported: changing an existing schema is the migrator's
 * work, never a guess.
 */
public final class SchemaBootstrap {

    private static final Logger LOG = Logger.getLogger(SchemaBootstrap.class.getName());

    private SchemaBootstrap() {
    }

    /** What the bootstrap found and did. */
    public enum Outcome { CREATED, ALREADY_PRESENT }

    public static Outcome run(Database db, Schema schema) {
        Ddl ddl = db.dialect().ddl();
        try (Connection c = db.dataSource().getConnection()) {
            List<String> present = presentTables(c, schema);
            if (present.size() == schema.tables().size() + schema.junctions().size()) {
                ddl.ensureSetup(c);
                return Outcome.ALREADY_PRESENT;
            }
            if (!present.isEmpty()) {
                throw new IllegalStateException("the database has " + present.size() + " of the schema's "
                        + (schema.tables().size() + schema.junctions().size()) + " tables (" + String.join(", ", present)
                        + "); it was not created by this schema version, and is left as it is");
            }
            execute(c, statements(ddl, schema), db.dialect().supportsTransactionalDdl());
            LOG.info(() -> "created " + schema.tables().size() + " tables and " + schema.junctions().size() + " junction tables");
            return Outcome.CREATED;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the schema: " + e.getMessage(), e);
        }
    }

    /** Everything to run on an empty database: setup, tables, junctions, then constraints and indexes. */
    public static List<String> statements(Ddl ddl, Schema schema) {
        List<String> out = new ArrayList<>(ddl.setup());
        schema.tables().forEach(t -> out.add(ddl.createTable(t, schema)));
        schema.junctions().forEach(j -> out.add(ddl.createJunction(j, schema)));
        for (Table table : schema.tables()) {
            for (ForeignKey fk : table.foreignKeys()) {
                out.add(ddl.addForeignKey(table, fk));
            }
        }
        for (Junction junction : schema.junctions()) {
            out.addAll(ddl.junctionForeignKeys(junction, schema));
        }
        for (Table table : schema.tables()) {
            for (Index index : table.indexes()) {
                out.add(ddl.createIndex(table, index));
            }
        }
        return out;
    }

    private static List<String> presentTables(Connection c, Schema schema) throws SQLException {
        List<String> names = new ArrayList<>();
        schema.tables().forEach(t -> names.add(t.name()));
        schema.junctions().forEach(j -> names.add(j.name()));
        List<String> present = new ArrayList<>();
        DatabaseMetaData meta = c.getMetaData();
        for (String name : names) {
            try (ResultSet rs = meta.getTables(c.getCatalog(), c.getSchema(), name, new String[] {"TABLE"})) {
                if (rs.next()) {
                    present.add(name);
                }
            }
        }
        return present;
    }

    private static void execute(Connection c, List<String> statements, boolean transactional) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(!transactional);
        try (Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
            if (transactional) {
                c.commit();
            }
        } catch (SQLException e) {
            if (transactional) {
                c.rollback();
            }
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }
}
