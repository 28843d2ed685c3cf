package dev.enfyra.codegen.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.enfyra.codegen.EnfyraData;
import dev.enfyra.codegen.Frontend;
import dev.enfyra.codegen.diag.DiagnosticPrinter;
import dev.enfyra.codegen.diag.Result;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Enfyra's own schema, in all four saved versions, reads without errors and has the right shape. */
class EnfyraSnapshotsTest {

    @ParameterizedTest
    @ValueSource(strings = {"-73cb3680", "-27c3029b", "-8962ff10", ""})
    void everyVersionReadsWithoutErrors(String version) {
        Result<Schema> result = EnfyraData.compile(version);
        assertFalse(result.hasErrors(), () -> DiagnosticPrinter.text(result.diagnostics()));
    }

    @Test
    void headHasItsTablesColumnsAndRelations() {
        Schema schema = EnfyraData.compile("").value();
        assertEquals(37, schema.tables().size());
        // 317 declared columns plus createdAt and updatedAt on each of the 37 tables
        assertEquals(317 + 2 * 37, schema.tables().stream().mapToInt(t -> t.columns().size()).sum());
        // 58 declared relations plus 27 inverse sides generated from inversePropertyName
        assertEquals(58, count(schema, false));
        assertEquals(27, count(schema, true));
        assertEquals(11, schema.junctions().size());
    }

    @Test
    void olderVersionsHaveTheirTableCounts() {
        assertEquals(35, EnfyraData.compile("-73cb3680").value().tables().size());
        assertEquals(36, EnfyraData.compile("-27c3029b").value().tables().size());
        assertEquals(36, EnfyraData.compile("-8962ff10").value().tables().size());
    }

    @Test
    void allowedUsersJunctionKeepsItsExplicitNames() {
        Schema head = EnfyraData.compile("").value();
        Relation allowed = head.requireTable("enfyra_file_permission").relation("allowedUsers").orElseThrow();
        assertEquals(RelationKind.MANY_TO_MANY, allowed.kind());
        assertEquals("j_8110450610b3", allowed.junctionTable());
        assertEquals("enfyra_file_permissionId", allowed.junctionSourceColumn());
        assertEquals("enfyra_userId", allowed.junctionTargetColumn());
        Junction junction = head.junction("j_8110450610b3").orElseThrow();
        assertEquals(new Junction("j_8110450610b3", "enfyra_file_permission", "enfyra_file_permissionId", ColumnType.INT,
                "enfyra_user", "enfyra_userId", ColumnType.UUID, "allowedUsers"), junction);
    }

    @Test
    void olderJunctionNameIsTheHashOfItsOldTableNames() {
        Junction junction = EnfyraData.compile("-27c3029b").value().junction("j_efaab69d5b9c").orElseThrow();
        assertEquals("file_permission_definition", junction.sourceTable());
        assertEquals("sourceId", junction.sourceColumn());
        assertEquals("targetId", junction.targetColumn());
        assertEquals("j_efaab69d5b9c", PhysicalNames.junctionTable("file_permission_definition", "allowedUsers", "user_definition"));
    }

    @Test
    void userRoleIsANullableForeignKeyThatSetsNull() {
        Table user = EnfyraData.compile("").value().requireTable("enfyra_user");
        Relation role = user.relation("role").orElseThrow();
        assertEquals("roleId", role.foreignKeyColumn());
        assertEquals(OnDelete.SET_NULL, role.onDelete());
        assertTrue(role.owning());
        ForeignKey fk = user.foreignKeys().stream().filter(f -> f.relation().equals("role")).findFirst().orElseThrow();
        assertEquals(new ForeignKey("enfyra_user_roleId_foreign", "roleId", "role", ColumnType.INT, true, "enfyra_role", "id",
                OnDelete.SET_NULL, false), fk);
        assertEquals(ColumnType.UUID, user.primaryKey().type());
    }

    @Test
    void inversesAreGeneratedOrMergedWithTheirDeclaredSide() {
        Schema head = EnfyraData.compile("").value();
        Relation columns = head.requireTable("enfyra_table").relation("columns").orElseThrow();
        assertEquals(RelationKind.ONE_TO_MANY, columns.kind());
        assertTrue(columns.generated());
        assertEquals("enfyra_column", columns.targetTable());
        assertEquals("tableId", columns.foreignKeyColumn());
        assertEquals("table", columns.inversePropertyName());

        // Declared on both sides: enfyra_pre_hook.route holds the FK with its own onDelete.
        Relation preHooks = head.requireTable("enfyra_route").relation("preHooks").orElseThrow();
        assertFalse(preHooks.generated());
        assertFalse(preHooks.owning());
        Relation route = head.requireTable("enfyra_pre_hook").relation("route").orElseThrow();
        assertTrue(route.owning());
        assertEquals("routeId", route.foreignKeyColumn());
        assertEquals(OnDelete.CASCADE, route.onDelete());

        // Many-to-many declared on both sides: the side met first owns the junction.
        Relation available = head.requireTable("enfyra_route").relation("availableMethods").orElseThrow();
        assertTrue(available.owning());
        assertEquals("j_5a74c084ad04", available.junctionTable());
        Relation withAvailable = head.requireTable("enfyra_method").relation("routesWithAvailable").orElseThrow();
        assertFalse(withAvailable.owning());
        assertEquals(List.of("j_5a74c084ad04", "targetId", "sourceId"),
                List.of(withAvailable.junctionTable(), withAvailable.junctionSourceColumn(), withAvailable.junctionTargetColumn()));

        // Generated many-to-many inverse: the owner's junction, columns swapped.
        Relation publicMethods = head.requireTable("enfyra_route").relation("publicMethods").orElseThrow();
        assertTrue(publicMethods.generated());
        assertEquals(PhysicalNames.junctionTable("enfyra_method", "routes", "enfyra_route"), publicMethods.junctionTable());
        assertEquals("targetId", publicMethods.junctionSourceColumn());
    }

    @Test
    void uniquesAndIndexesResolveRelationsToForeignKeyColumns() {
        Schema head = EnfyraData.compile("").value();
        Table column = head.requireTable("enfyra_column");
        assertEquals(new TableKey("uq_enfyra_column_name_tableId", List.of("name", "table"), List.of("name", "tableId"), false),
                column.uniques().get(0));
        Table folder = head.requireTable("enfyra_folder");
        List<String> indexNames = folder.indexes().stream().map(TableKey::name).toList();
        assertEquals(List.of("idx_enfyra_folder_order", "idx_enfyra_folder_parentId", "idx_enfyra_folder_userId",
                "idx_enfyra_folder_createdAt", "idx_enfyra_folder_updatedAt"), indexNames);
        // The one-to-one's FK is unique.
        assertTrue(head.requireTable("enfyra_extension").uniques().stream().anyMatch(u -> u.columns().equals(List.of("menuId"))));
    }

    @Test
    void migrationHintsAreCheckedAgainstThePreviousVersion() {
        Schema previous = EnfyraData.compile("-8962ff10").value();
        Result<Schema> head = Frontend.compile(EnfyraData.input(""), NamingStrategy.DEFAULT, Optional.of(previous));
        assertFalse(head.hasErrors(), () -> DiagnosticPrinter.text(head.diagnostics()));
        // isPublished -> isPublic: the old name is in the previous version, so no stale warning for it.
        assertTrue(head.diagnostics().stream().noneMatch(d -> d.message().contains("isPublished")),
                () -> DiagnosticPrinter.text(head.diagnostics()));
        // columnsToRemove "isHidden" is long gone: a warning, not an error.
        assertTrue(head.diagnostics().stream().anyMatch(d -> d.message().contains("enfyra_column.isHidden")));
    }

    private static long count(Schema schema, boolean generated) {
        return schema.tables().stream().flatMap(t -> t.relations().stream()).filter(r -> r.generated() == generated).count();
    }
}
