package dev.enfyra.codegen.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import dev.enfyra.codegen.EnfyraData;
import dev.enfyra.codegen.Frontend;
import dev.enfyra.codegen.diag.DiagnosticPrinter;
import dev.enfyra.codegen.diag.Result;
import dev.enfyra.codegen.model.NamingStrategy;
import dev.enfyra.codegen.model.Schema;
import dev.enfyra.codegen.model.Table;
import dev.enfyra.codegen.snapshot.SchemaSource;
import dev.enfyra.codegen.snapshot.SnapshotInput;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document: valid OpenAPI 3.1 for the blog schema and for Enfyra's own 37 tables
 * (swagger-parser reports nothing), with the five operations of every table, and the choices
 * that make it say what the runtime does. Its exact bytes are pinned by {@link GeneratorGoldenTest}.
 */
class OpenApiDocumentTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void blogDocumentIsValidAndHasEveryOperation() throws IOException {
        Schema schema = GeneratorGoldenTest.schema(GeneratorGoldenTest.BLOG);
        OpenAPI api = parse(document(schema));
        assertEquals("3.1.0", api.getOpenapi());
        assertEquals("/api", api.getServers().get(0).getUrl());
        assertEveryOperation(schema, api);
    }

    @Test
    void enfyraHeadDocumentIsValidAndHasEveryOperation() {
        Result<Schema> head = EnfyraData.compile("");
        assertFalse(head.hasErrors(), () -> DiagnosticPrinter.text(head.diagnostics()));
        OpenAPI api = parse(document(head.value()));
        assertEquals(37, head.value().tables().size());
        assertEveryOperation(head.value(), api);
    }

    @Test
    void everySchemaIsAJsonSchema202012() throws IOException {
        JsonSchema meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        JsonNode document = JSON.readTree(document(GeneratorGoldenTest.schema(GeneratorGoldenTest.BLOG)));
        List<String> problems = new ArrayList<>();
        document.at("/components/schemas").properties().forEach(e -> meta.validate(e.getValue())
                .forEach(m -> problems.add("components.schemas." + e.getKey() + ": " + m.getMessage())));
        document.at("/components/parameters").properties().forEach(e -> meta.validate(e.getValue().get("schema"))
                .forEach(m -> problems.add("components.parameters." + e.getKey() + ": " + m.getMessage())));
        assertEquals(List.of(), problems);
        assertTrue(document.at("/components/schemas").size() > 15);
    }

    @Test
    void rowsCreatesAndUpdatesFollowTheColumns() throws IOException {
        JsonNode schemas = JSON.readTree(document(GeneratorGoldenTest.schema(GeneratorGoldenTest.BLOG))).at("/components/schemas");
        JsonNode posts = schemas.at("/Posts/properties");
        assertEquals("[\"number\",\"null\"]", posts.at("/price/type").toString(), "decimal: a number, nullable");
        assertEquals("[\"number\",\"string\",\"null\"]", schemas.at("/PostsCreate/properties/price/type").toString());
        assertEquals("[\"draft\",\"in review\",\"published\"]", posts.at("/status/enum").toString(), "NOT NULL: no null");
        assertEquals("int64", posts.at("/views/format").asText());
        assertEquals("date-time", posts.at("/publishedAt/format").asText());
        assertEquals("[\"featured\",\"pinned\",\"archived\"]", posts.at("/labels/items/enum").toString());
        assertEquals("#/components/schemas/Users", posts.at("/author/$ref").asText(), "NOT NULL many-to-one: never null");
        assertEquals("null", posts.at("/category/anyOf/1/type").asText());
        assertEquals("#/components/schemas/Comments", posts.at("/comments/items/$ref").asText());

        assertEquals("[\"title\",\"author\"]", schemas.at("/PostsCreate/required").toString());
        assertEquals("\"draft\"", schemas.at("/PostsCreate/properties/status/default").toString());
        assertFalse(schemas.at("/PostsCreate/properties").has("comments"), "one-to-many is written from the other side");
        assertFalse(schemas.at("/PostsCreate/properties").has("createdAt"));
        assertEquals("array", schemas.at("/PostsCreate/properties/tags/type").asText());
        assertFalse(schemas.at("/PostsCreate/additionalProperties").asBoolean(true));

        assertTrue(schemas.at("/UsersCreate/properties").has("password"), "written, never returned");
        assertFalse(schemas.at("/Users/properties").has("password"));
        assertFalse(schemas.at("/UsersCreate/properties").has("id"), "a generated key is set by the server");
        assertTrue(schemas.at("/CategoriesCreate/properties").has("slug"));
        assertFalse(schemas.at("/CategoriesUpdate/properties").has("slug"), "isUpdatable: false");
        assertTrue(schemas.at("/PostsUpdate/required").isMissingNode(), "an update sends what it changes");
        assertEquals(320, schemas.at("/Users/properties/email/maxLength").asInt());
    }

    @Test
    void aTableNamedLikeASharedSchemaOrPathKeepsItsOwnName() {
        Schema schema = compile("""
                {"error": {"name": "error", "columns": [
                  {"name": "id", "type": "int", "isPrimary": true, "isGenerated": true, "isNullable": false}]},
                 "health": {"name": "health", "columns": [
                  {"name": "id", "type": "uuid", "isPrimary": true, "isGenerated": true, "isNullable": false}]}}
                """);
        OpenAPI api = parse(document(schema));
        assertNotNull(api.getComponents().getSchemas().get("Error"));
        assertEquals("#/components/schemas/EnfyraError", api.getComponents().getResponses().get("NotFound")
                .getContent().get("application/json").getSchema().get$ref());
        assertNotNull(api.getPaths().get("/health").getPost(), "the table's /health, not the health check");
        assertEveryOperation(schema, api);
    }

    @Test
    void clientOnlyGenerationHasNoDocument() throws IOException {
        Schema schema = GeneratorGoldenTest.schema(GeneratorGoldenTest.BLOG);
        List<GeneratedFile> files = new Generator(schema, EmitOptions.clientOnly("com.example.blog"), NamingStrategy.DEFAULT).generate();
        assertTrue(files.stream().noneMatch(f -> f.path().equals(OpenApiEmitter.PATH)));
    }

    static String document(Schema schema) {
        return GeneratorGoldenTest.generate(schema).stream().filter(f -> f.path().equals(OpenApiEmitter.PATH))
                .findFirst().orElseThrow().content();
    }

    static OpenAPI parse(String json) {
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(json);
        assertEquals(List.of(), result.getMessages() == null ? List.of() : result.getMessages());
        assertNotNull(result.getOpenAPI());
        return result.getOpenAPI();
    }

    private static void assertEveryOperation(Schema schema, OpenAPI api) {
        List<String> missing = new ArrayList<>();
        for (Table table : schema.tables()) {
            PathItem collection = api.getPaths().get("/" + table.name());
            PathItem item = api.getPaths().get("/" + table.name() + "/{id}");
            if (collection == null || collection.getGet() == null || collection.getPost() == null) {
                missing.add("GET/POST /" + table.name());
            }
            if (item == null || item.getGet() == null || item.getPatch() == null || item.getDelete() == null) {
                missing.add("GET/PATCH/DELETE /" + table.name() + "/{id}");
            }
            if (collection != null && item != null) {
                assertNull(collection.getPut(), "no PUT");
            }
        }
        assertEquals(List.of(), missing);
        assertNotNull(api.getPaths().get("/openapi.json").getGet());
        if (schema.table("health").isEmpty()) {
            assertNotNull(api.getPaths().get("/health").getGet());
        }
    }

    private static Schema compile(String snapshot) {
        Result<Schema> result = Frontend.compile(SnapshotInput.of(new SchemaSource("snapshot.json", snapshot)));
        assertFalse(result.hasErrors(), () -> DiagnosticPrinter.text(result.diagnostics()));
        return result.value();
    }
}
