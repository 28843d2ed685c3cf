package dev.enfyra.runtime.app;

import dev.enfyra.core.schema.Schema;
import dev.enfyra.runtime.graphql.TableFetchers;
import dev.enfyra.runtime.http.TableResource;
import dev.enfyra.runtime.migrate.RecordedMigration;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * A generated backend, as the runtime finds it: the generator writes one implementation per
 * project and registers it in {@code META-INF/services}, so {@link Main} starts it without a
 * main method written by the user.
 */
public interface EnfyraApplication {

    Schema schema();

    /** One REST resource per table. */
    List<TableResource> resources(EnfyraRuntime runtime);

    /**
     * The GraphQL data fetchers of each table (the generator writes a {@code TableFetchers}
     * subclass per table); a table without any gets the runtime's.
     */
    default List<TableFetchers> graphQlFetchers(EnfyraRuntime runtime) {
        return List.of();
    }

    /** The generated GraphQL schema (SDL), packaged as {@value #GRAPHQL_SCHEMA}; empty when there is none. */
    default Optional<String> graphQlSchema() {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(GRAPHQL_SCHEMA)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + GRAPHQL_SCHEMA, e);
        }
    }

    /**
     * The recorded migrations, in version order. When there are any, the migrator owns the
     * schema at startup (docs/migrator.md); when there are none, the tables are created from
     * {@link #schema()} on an empty database.
     */
    default List<RecordedMigration> migrations() {
        return List.of();
    }

    String GRAPHQL_SCHEMA = "META-INF/enfyra/schema.graphqls";
}
