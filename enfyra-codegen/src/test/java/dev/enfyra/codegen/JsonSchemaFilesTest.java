package dev.enfyra.codegen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.enfyra.codegen.diag.Diagnostic;
import dev.enfyra.codegen.diag.DiagnosticCode;
import dev.enfyra.codegen.diag.DiagnosticPrinter;
import dev.enfyra.codegen.snapshot.SchemaSource;
import dev.enfyra.codegen.snapshot.SnapshotInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schemas that give editors completion and checks for the four input files: the copies
 * under {@code docs/schema/} are the shipped resources byte for byte, Enfyra's real files pass,
 * broken files fail, and for every broken file the reader reports a diagnostic too, so the
 * schemas do not flag what the reader accepts silently (nor miss what it reports, in these cases).
 */
class JsonSchemaFilesTest {

    /** The four files, each with its schema. */
    enum Kind {
        SNAPSHOT("snapshot"),
        HINTS("snapshot-migration"),
        DEFAULT_DATA("default-data"),
        DATA_MIGRATION("data-migration");

        final String base;

        Kind(String base) {
            this.base = base;
        }

        String schemaFile() {
            return base + ".schema.json";
        }

        /** Which schema an Enfyra file name takes: snapshot-8962ff10.json is a snapshot, and so on. */
        static Optional<Kind> of(String fileName) {
            if (!fileName.endsWith(".json")) {
                return Optional.empty();
            }
            for (Kind kind : List.of(HINTS, DEFAULT_DATA, DATA_MIGRATION, SNAPSHOT)) {
                if (fileName.equals(kind.base + ".json") || fileName.startsWith(kind.base + "-")) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }
    }

    private static final String RESOURCES = "/dev/enfyra/codegen/schema/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    /** A small blog, valid for the schemas and the reader alike; the broken cases below each change one thing. */
    static final String BLOG = """
            {
              "$schema": "../../../docs/schema/snapshot.schema.json",
              "users": {
                "name": "users",
                "description": "People who write posts and comments",
                "columns": [
                  {"name": "id", "type": "uuid", "isPrimary": true, "isGenerated": true},
                  {"name": "email", "type": "varchar", "isNullable": false, "options": {"length": 320}},
                  {"name": "displayName", "type": "varchar", "isNullable": false},
                  {"name": "password", "type": "varchar", "isNullable": false, "isPublished": false},
                  {"name": "role", "type": "enum", "options": ["reader", "author", "admin"], "isNullable": false, "defaultValue": "reader"},
                  {"name": "lastLoginAt", "type": "timestamp"}
                ],
                "uniques": [["email"]]
              },
              "posts": {
                "name": "posts",
                "columns": [
                  {"name": "id", "type": "int", "isPrimary": true, "isGenerated": true},
                  {"name": "title", "type": "varchar", "isNullable": false, "options": {"length": 200}},
                  {"name": "slug", "type": "varchar", "isNullable": false, "isUpdatable": false},
                  {"name": "body", "type": "richtext"},
                  {"name": "status", "type": "enum", "options": ["draft", "published", "archived"], "isNullable": false, "defaultValue": "draft"},
                  {"name": "publishedAt", "type": "datetime"},
                  {"name": "rating", "type": "decimal", "options": {"precision": 3, "scale": 2}},
                  {"name": "labels", "type": "array-select", "options": ["featured", "pinned"]}
                ],
                "relations": [
                  {"propertyName": "author", "type": "many-to-one", "targetTable": "users", "inversePropertyName": "posts", "isNullable": false, "onDelete": "CASCADE"},
                  {"propertyName": "tags", "type": "many-to-many", "targetTable": "tags", "inversePropertyName": "posts"}
                ],
                "uniques": [["slug"]],
                "indexes": [["author", "status"]]
              },
              "comments": {
                "name": "comments",
                "columns": [
                  {"name": "id", "type": "bigint", "isPrimary": true, "isGenerated": true},
                  {"name": "body", "type": "text", "isNullable": false}
                ],
                "relations": [
                  {"propertyName": "post", "type": "many-to-one", "targetTable": "posts", "inversePropertyName": "comments", "isNullable": false, "onDelete": "CASCADE"},
                  {"propertyName": "author", "type": "many-to-one", "targetTable": "users", "inversePropertyName": "comments"},
                  {"propertyName": "parent", "type": "many-to-one", "targetTable": "comments", "inversePropertyName": "replies"}
                ]
              },
              "tags": {
                "name": "tags",
                "columns": [
                  {"name": "id", "type": "int", "isPrimary": true, "isGenerated": true},
                  {"name": "name", "type": "varchar", "isNullable": false, "options": {"length": 50}}
                ],
                "uniques": [["name"]]
              }
            }
            """;

    static final String BLOG_HINTS = """
            {
              "$schema": "../../../docs/schema/snapshot-migration.schema.json",
              "tables": [
                {
                  "_unique": {"name": {"_eq": "posts"}},
                  "columnsToModify": [{"from": {"name": "content", "type": "text"}, "to": {"name": "body", "type": "richtext"}}],
                  "columnsToRemove": ["views"]
                }
              ],
              "tablesToRename": [{"from": "labels", "to": "tags"}],
              "tablesToDrop": ["drafts"]
            }
            """;

    static final String BLOG_DEFAULT_DATA = """
            {
              "$schema": "../../../docs/schema/default-data.schema.json",
              "tags": [{"name": "java"}, {"name": "databases"}],
              "users": {"email": "admin@example.com", "displayName": "Admin", "password": "$2b$10$abc", "role": "admin"}
            }
            """;

    static final String BLOG_DATA_MIGRATION = """
            {
              "$schema": "../../../docs/schema/data-migration.schema.json",
              "_deletedRecords": [{"table": "tags", "filter": {"name": {"_eq": "misc"}}}],
              "_deletedTables": ["comments"],
              "posts": [{"_unique": {"slug": {"_eq": "hello-world"}}, "status": "published"}]
            }
            """;

    @Test
    void docsCopiesAreByteIdenticalToTheResources() throws IOException {
        Path docs = repositoryRoot().resolve("docs").resolve("schema");
        try (Stream<Path> files = Files.list(docs)) {
            assertEquals(Stream.of(Kind.values()).map(Kind::schemaFile).sorted().toList(),
                    files.map(f -> f.getFileName().toString()).sorted().toList(), "the files in " + docs);
        }
        for (Kind kind : Kind.values()) {
            assertArrayEquals(resource(kind), Files.readAllBytes(docs.resolve(kind.schemaFile())),
                    () -> "docs/schema/" + kind.schemaFile() + " differs from src/main/resources" + RESOURCES
                            + kind.schemaFile() + ": copy the resource over it");
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void schemaIsValidDraft202012(Kind kind) throws IOException {
        JsonSchema meta = FACTORY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        JsonNode schema = JSON.readTree(resource(kind));
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.path("$schema").asText());
        assertNoErrors(kind.schemaFile(), meta.validate(schema));
    }

    /** Editors show title and description on hover; every property of every object in the schemas has both. */
    @ParameterizedTest
    @EnumSource(Kind.class)
    void everyPropertyHasTitleAndDescription(Kind kind) throws IOException {
        JsonNode schema = JSON.readTree(resource(kind));
        List<String> missing = new ArrayList<>();
        checkProperties(schema, schema, "", missing);
        assertEquals(List.of(), missing, kind.schemaFile() + ": properties without title or description");
    }

    @TestFactory
    Stream<DynamicTest> enfyrasRealFilesAreValid() throws IOException {
        Path dir = SharedData.enfyraData();
        Map<Kind, List<Path>> files = new EnumMap<>(Kind.class);
        try (Stream<Path> all = Files.list(dir)) {
            all.filter(Files::isRegularFile).sorted().forEach(f -> Kind.of(f.getFileName().toString())
                    .ifPresent(kind -> files.computeIfAbsent(kind, k -> new ArrayList<>()).add(f)));
        }
        // snapshot.json and 3 older versions, as many snapshot-migration files, default-data and data-migration.
        assertEquals(Map.of(Kind.SNAPSHOT, 4, Kind.HINTS, 4, Kind.DEFAULT_DATA, 1, Kind.DATA_MIGRATION, 1),
                Map.of(Kind.SNAPSHOT, size(files, Kind.SNAPSHOT), Kind.HINTS, size(files, Kind.HINTS),
                        Kind.DEFAULT_DATA, size(files, Kind.DEFAULT_DATA), Kind.DATA_MIGRATION, size(files, Kind.DATA_MIGRATION)),
                "Enfyra's files in " + dir);
        return files.entrySet().stream().flatMap(e -> e.getValue().stream().map(file -> DynamicTest.dynamicTest(
                file.getFileName() + " is valid for " + e.getKey().schemaFile(),
                () -> assertNoErrors(file.getFileName().toString(), schema(e.getKey()).validate(JSON.readTree(file.toFile()))))));
    }

    @Test
    void blogExampleIsValidForSchemasAndReader() throws IOException {
        assertNoErrors("blog snapshot.json", validate(Kind.SNAPSHOT, BLOG));
        assertNoErrors("blog snapshot-migration.json", validate(Kind.HINTS, BLOG_HINTS));
        assertNoErrors("blog default-data.json", validate(Kind.DEFAULT_DATA, BLOG_DEFAULT_DATA));
        assertNoErrors("blog data-migration.json", validate(Kind.DATA_MIGRATION, BLOG_DATA_MIGRATION));
        List<Diagnostic> diagnostics = Frontend.compile(input(BLOG, BLOG_HINTS, BLOG_DEFAULT_DATA, BLOG_DATA_MIGRATION)).diagnostics();
        assertEquals(List.of(), diagnostics, () -> DiagnosticPrinter.text(diagnostics));
    }

    /** docs/snapshot-format.md shows the blog above and says that it reads without a diagnostic. */
    @Test
    void formatReferenceShowsThisBlog() throws IOException {
        String doc = Files.readString(repositoryRoot().resolve("docs").resolve("snapshot-format.md"));
        String lead = "A small blog, used in the examples below:";
        int start = doc.indexOf("```json\n", doc.indexOf(lead));
        assertTrue(doc.contains(lead) && start >= 0, "docs/snapshot-format.md has no blog example after \"" + lead + "\"");
        int end = doc.indexOf("```\n", start + 8);
        assertEquals(JSON.readTree(BLOG), JSON.readTree(doc.substring(start + 8, end)),
                "the blog in docs/snapshot-format.md differs from JsonSchemaFilesTest.BLOG");
    }

    /** One change to a valid blog file each; the schema rejects it and the reader reports the given code. */
    static Stream<Arguments> brokenFiles() {
        return Stream.of(
                broken("unknown column type", Kind.SNAPSHOT, DiagnosticCode.UNKNOWN_COLUMN_TYPE,
                        "{\"name\": \"body\", \"type\": \"text\"", "{\"name\": \"body\", \"type\": \"txt\""),
                broken("misspelled column key", Kind.SNAPSHOT, DiagnosticCode.UNKNOWN_KEY,
                        "{\"name\": \"displayName\", \"type\": \"varchar\", \"isNullable\": false}",
                        "{\"name\": \"displayName\", \"type\": \"varchar\", \"isNulable\": false}"),
                broken("enum options not an array", Kind.SNAPSHOT, DiagnosticCode.INVALID_OPTIONS,
                        "\"options\": [\"reader\", \"author\", \"admin\"]", "\"options\": {\"values\": [\"reader\", \"author\", \"admin\"]}"),
                broken("enum without options", Kind.SNAPSHOT, DiagnosticCode.ENUM_WITHOUT_VALUES,
                        "\"options\": [\"draft\", \"published\", \"archived\"], ", ""),
                broken("enum value listed twice", Kind.SNAPSHOT, DiagnosticCode.INVALID_OPTIONS,
                        "[\"featured\", \"pinned\"]", "[\"featured\", \"featured\"]"),
                broken("varchar options as an array", Kind.SNAPSHOT, DiagnosticCode.INVALID_OPTIONS,
                        "\"options\": {\"length\": 200}", "\"options\": [200]"),
                broken("varchar longer than 16383", Kind.SNAPSHOT, DiagnosticCode.INVALID_OPTIONS,
                        "\"options\": {\"length\": 320}", "\"options\": {\"length\": 20000}"),
                broken("decimal precision above 65", Kind.SNAPSHOT, DiagnosticCode.INVALID_OPTIONS,
                        "\"precision\": 3", "\"precision\": 70"),
                broken("options on a type that takes none", Kind.SNAPSHOT, DiagnosticCode.IGNORED_OPTIONS,
                        "{\"name\": \"publishedAt\", \"type\": \"datetime\"}",
                        "{\"name\": \"publishedAt\", \"type\": \"datetime\", \"options\": {\"length\": 3}}"),
                broken("\"now\" on an int column", Kind.SNAPSHOT, DiagnosticCode.INVALID_DEFAULT,
                        "{\"name\": \"body\", \"type\": \"text\", \"isNullable\": false}",
                        "{\"name\": \"body\", \"type\": \"text\", \"isNullable\": false}, {\"name\": \"score\", \"type\": \"int\", \"defaultValue\": \"now\"}"),
                broken("boolean default on a varchar", Kind.SNAPSHOT, DiagnosticCode.INVALID_DEFAULT,
                        "{\"name\": \"displayName\", \"type\": \"varchar\", \"isNullable\": false}",
                        "{\"name\": \"displayName\", \"type\": \"varchar\", \"isNullable\": false, \"defaultValue\": true}"),
                broken("createdAt declared", Kind.SNAPSHOT, DiagnosticCode.RESERVED_COLUMN,
                        "{\"name\": \"lastLoginAt\", \"type\": \"timestamp\"}", "{\"name\": \"createdAt\", \"type\": \"timestamp\"}"),
                broken("two primary keys", Kind.SNAPSHOT, DiagnosticCode.SEVERAL_PRIMARY_KEYS,
                        "{\"name\": \"body\", \"type\": \"text\", \"isNullable\": false}",
                        "{\"name\": \"body\", \"type\": \"text\", \"isNullable\": false}, {\"name\": \"code\", \"type\": \"varchar\", \"isPrimary\": true}"),
                broken("generated varchar key", Kind.SNAPSHOT, DiagnosticCode.INVALID_PRIMARY_KEY,
                        "{\"name\": \"id\", \"type\": \"bigint\", \"isPrimary\": true, \"isGenerated\": true}",
                        "{\"name\": \"id\", \"type\": \"varchar\", \"isPrimary\": true, \"isGenerated\": true}"),
                broken("table without columns", Kind.SNAPSHOT, DiagnosticCode.MISSING_KEY,
                        "\"name\": \"tags\",\n    \"columns\"", "\"name\": \"tags\",\n    \"cols\""),
                broken("column name with a dash", Kind.SNAPSHOT, DiagnosticCode.INVALID_IDENTIFIER,
                        "\"name\": \"lastLoginAt\"", "\"name\": \"last-login-at\""),
                broken("unknown relation type", Kind.SNAPSHOT, DiagnosticCode.UNKNOWN_RELATION_TYPE,
                        "\"propertyName\": \"tags\", \"type\": \"many-to-many\"", "\"propertyName\": \"tags\", \"type\": \"many_to_many\""),
                broken("unknown onDelete", Kind.SNAPSHOT, DiagnosticCode.INVALID_ON_DELETE,
                        "\"inversePropertyName\": \"posts\", \"isNullable\": false, \"onDelete\": \"CASCADE\"",
                        "\"inversePropertyName\": \"posts\", \"isNullable\": false, \"onDelete\": \"DELETE\""),
                broken("SET NULL on a required relation", Kind.SNAPSHOT, DiagnosticCode.SET_NULL_ON_REQUIRED,
                        "\"inversePropertyName\": \"comments\", \"isNullable\": false, \"onDelete\": \"CASCADE\"",
                        "\"inversePropertyName\": \"comments\", \"isNullable\": false, \"onDelete\": \"SET NULL\""),
                broken("foreignKeyColumn on a many-to-many", Kind.SNAPSHOT, DiagnosticCode.IGNORED_RELATION_KEY,
                        "\"targetTable\": \"tags\", \"inversePropertyName\": \"posts\"",
                        "\"targetTable\": \"tags\", \"inversePropertyName\": \"posts\", \"foreignKeyColumn\": \"tagId\""),
                broken("junctionTableName on a many-to-one", Kind.SNAPSHOT, DiagnosticCode.IGNORED_RELATION_KEY,
                        "\"targetTable\": \"comments\", \"inversePropertyName\": \"replies\"",
                        "\"targetTable\": \"comments\", \"inversePropertyName\": \"replies\", \"junctionTableName\": \"j_replies\""),
                broken("misspelled relation key", Kind.SNAPSHOT, DiagnosticCode.UNKNOWN_KEY,
                        "\"inversePropertyName\": \"replies\"", "\"inverseProperty\": \"replies\""),
                broken("empty unique", Kind.SNAPSHOT, DiagnosticCode.INVALID_KEY_FIELDS,
                        "\"uniques\": [[\"slug\"]]", "\"uniques\": [[]]"),
                broken("misspelled top-level hint", Kind.HINTS, DiagnosticCode.UNKNOWN_KEY,
                        "\"tablesToDrop\"", "\"tablesToDorp\""),
                broken("column change without \"to\"", Kind.HINTS, DiagnosticCode.MISSING_KEY,
                        ", \"to\": {\"name\": \"body\", \"type\": \"richtext\"}", ""),
                broken("table hint without _unique.name._eq", Kind.HINTS, DiagnosticCode.WRONG_JSON_TYPE,
                        "{\"name\": {\"_eq\": \"posts\"}}", "{\"name\": \"posts\"}"),
                broken("rows that are not objects", Kind.DEFAULT_DATA, DiagnosticCode.WRONG_JSON_TYPE,
                        "[{\"name\": \"java\"}, {\"name\": \"databases\"}]", "[\"java\", \"databases\"]"),
                broken("_deletedRecords in default-data.json", Kind.DEFAULT_DATA, DiagnosticCode.DATA_UNKNOWN_TABLE,
                        "\"tags\": [", "\"_deletedRecords\": [{\"table\": \"tags\", \"filter\": {\"name\": \"java\"}}],\n  \"tags\": ["),
                broken("inexact delete filter", Kind.DATA_MIGRATION, DiagnosticCode.DATA_INEXACT_DELETE,
                        "{\"name\": {\"_eq\": \"misc\"}}", "{\"name\": {\"_in\": [\"misc\", \"other\"]}}"),
                broken("deletion without a filter", Kind.DATA_MIGRATION, DiagnosticCode.MISSING_KEY,
                        ", \"filter\": {\"name\": {\"_eq\": \"misc\"}}", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void brokenFileIsRejectedBySchemaAndReader(String what, Kind kind, DiagnosticCode code, String text) {
        Set<ValidationMessage> errors = validate(kind, text);
        assertFalse(errors.isEmpty(), () -> kind.schemaFile() + " accepts a file with " + what + ":\n" + text);
        String[] files = {BLOG, BLOG_HINTS, BLOG_DEFAULT_DATA, BLOG_DATA_MIGRATION};
        files[kind.ordinal()] = text;
        List<Diagnostic> diagnostics = Frontend.compile(input(files[0], files[1], files[2], files[3])).diagnostics();
        assertTrue(diagnostics.stream().anyMatch(d -> d.code() == code),
                () -> "the reader does not report " + code + " for " + what + ":\n" + DiagnosticPrinter.text(diagnostics));
    }

    private static Arguments broken(String what, Kind kind, DiagnosticCode code, String valid, String invalid) {
        String original = switch (kind) {
            case SNAPSHOT -> BLOG;
            case HINTS -> BLOG_HINTS;
            case DEFAULT_DATA -> BLOG_DEFAULT_DATA;
            case DATA_MIGRATION -> BLOG_DATA_MIGRATION;
        };
        int at = original.indexOf(valid);
        if (at < 0 || original.indexOf(valid, at + 1) >= 0) {
            fail("\"" + valid + "\" must occur exactly once in the " + kind + " example (case: " + what + ")");
        }
        return Arguments.of(what, kind, code, original.substring(0, at) + invalid + original.substring(at + valid.length()));
    }

    private static SnapshotInput input(String snapshot, String hints, String defaultData, String dataMigration) {
        return new SnapshotInput(SnapshotInput.SNAPSHOT,
                Optional.of(new SchemaSource(SnapshotInput.SNAPSHOT, snapshot)),
                Optional.of(new SchemaSource(SnapshotInput.HINTS, hints)),
                Optional.of(new SchemaSource(SnapshotInput.DEFAULT_DATA, defaultData)),
                Optional.of(new SchemaSource(SnapshotInput.DATA_MIGRATION, dataMigration)));
    }

    private static Set<ValidationMessage> validate(Kind kind, String text) {
        try {
            return schema(kind).validate(JSON.readTree(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonSchema schema(Kind kind) {
        try {
            return FACTORY.getSchema(JSON.readTree(resource(kind)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] resource(Kind kind) throws IOException {
        try (InputStream in = JsonSchemaFilesTest.class.getResourceAsStream(RESOURCES + kind.schemaFile())) {
            if (in == null) {
                throw new IOException("resource " + RESOURCES + kind.schemaFile() + " not on the class path");
            }
            return in.readAllBytes();
        }
    }

    /** The test runs in enfyra-codegen/; the repository root is the nearest folder above with docs/ and enfyra-codegen/. */
    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("docs")) && Files.isDirectory(dir.resolve("enfyra-codegen"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
    }

    private static void assertNoErrors(String what, Set<ValidationMessage> errors) {
        assertTrue(errors.isEmpty(), () -> what + " does not validate:\n"
                + String.join("\n", errors.stream().map(ValidationMessage::toString).sorted().toList()));
    }

    private static int size(Map<Kind, List<Path>> files, Kind kind) {
        return files.getOrDefault(kind, List.of()).size();
    }

    /** Values, and conditions that only select a branch: editors show no help from these. */
    private static final Set<String> NOT_SHOWN = Set.of("enum", "const", "default", "if", "contains");

    /** Follows local {@code $ref}s, so a property that only refers to a definition is checked there. */
    private static void checkProperties(JsonNode root, JsonNode node, String at, List<String> missing) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkProperties(root, node.get(i), at + "/" + i, missing);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        JsonNode properties = node.get("properties");
        if (properties != null && properties.isObject()) {
            properties.properties().forEach(p -> {
                JsonNode property = resolve(root, p.getValue());
                if (!property.hasNonNull("title") || !property.hasNonNull("description")) {
                    missing.add(at + "/properties/" + p.getKey());
                }
            });
        }
        node.properties().forEach(p -> {
            if (!NOT_SHOWN.contains(p.getKey())) {
                checkProperties(root, p.getValue(), at + "/" + p.getKey(), missing);
            }
        });
    }

    private static JsonNode resolve(JsonNode root, JsonNode schema) {
        JsonNode ref = schema.get("$ref");
        return ref != null && ref.asText().startsWith("#") ? root.at(ref.asText().substring(1)) : schema;
    }
}
