package dev.enfyra.runtime.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.enfyra.core.schema.Schema;
import dev.enfyra.runtime.db.Database;
import dev.enfyra.runtime.db.SchemaBootstrap;
import dev.enfyra.runtime.testing.EnfyraData;
import dev.enfyra.runtime.testing.TestDatabases;
import dev.enfyra.runtime.testing.TestPlans;
import dev.enfyra.runtime.testing.TestSchemas;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The live schema reads back as the plan format describes it: what the bootstrap creates for a
 * schema, and what the migrator creates from an install plan, introspect to exactly the
 * physical schema expected, with no difference on any database.
 */
class MigrationIntrospectionTest {

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void theBootstrapsBlogReadsBackAsItsPhysicalSchema(TestDatabases.Kind kind) throws Exception {
        bootstrapReadsBack(kind, TestSchemas.load("blog"));
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void theBootstrapsEnfyraHeadReadsBackAsItsPhysicalSchema(TestDatabases.Kind kind) throws Exception {
        bootstrapReadsBack(kind, TestSchemas.fromJson("snapshot.json", EnfyraData.read("snapshot.json")));
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void anInstallPlanCreatesExactlyItsSchema(TestDatabases.Kind kind) {
        Schema head = TestSchemas.fromJson("snapshot.json", EnfyraData.read("snapshot.json"));
        try (Database db = TestDatabases.open(kind, "install")) {
            PhysicalSchema expected = TestPlans.physical(head, db.dialect().types());
            TestPlans.History history = new TestPlans.History().add("init", TestPlans.install(expected));
            Migrator migrator = new Migrator(db, history.migrations(), head, getClass().getClassLoader(), MigrationSettings.DEFAULT);
            migrator.migrate();
            assertEquals(List.of(), SchemaDiff.compare(history.schema(), migrator.introspect(), db.dialect().schemaReader()));
        }
    }

    private static void bootstrapReadsBack(TestDatabases.Kind kind, Schema schema) throws Exception {
        try (Database db = TestDatabases.open(kind, "introspect")) {
            SchemaBootstrap.run(db, schema);
            PhysicalSchema expected = TestPlans.physical(schema, db.dialect().types());
            try (Connection c = db.dataSource().getConnection()) {
                PhysicalSchema live = db.dialect().schemaReader().read(c);
                assertEquals(List.of(), SchemaDiff.compare(expected, live, db.dialect().schemaReader()));
            }
        }
    }
}
