package dev.enfyra.runtime.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.enfyra.core.schema.Schema;
import dev.enfyra.runtime.testing.TestDatabases;
import dev.enfyra.runtime.testing.TestSchemas;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaBootstrapH2Test {

    @Test
    void createsEveryTableOnceThenFindsThemPresent() {
        Schema blog = TestSchemas.load("blog");
        try (Database db = TestDatabases.open(TestDatabases.Kind.H2, "bootstrap")) {
            assertEquals(SchemaBootstrap.Outcome.CREATED, SchemaBootstrap.run(db, blog));
            assertEquals(SchemaBootstrap.Outcome.ALREADY_PRESENT, SchemaBootstrap.run(db, blog));
            List<String> tables = db.jdbi().withHandle(h -> h.createQuery(
                    "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' ORDER BY TABLE_NAME")
                    .mapTo(String.class).list());
            assertEquals(List.of("categories", "comments", "j_ee1e52bc2158", "posts", "tags", "users"), tables);
        }
    }
}
