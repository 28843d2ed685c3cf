package dev.enfyra.runtime.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.enfyra.codegen.Frontend;
import dev.enfyra.codegen.diag.DiagnosticPrinter;
import dev.enfyra.codegen.diag.Result;
import dev.enfyra.codegen.model.DefaultValue;
import dev.enfyra.codegen.model.PhysicalNames;
import dev.enfyra.codegen.model.TableKey;
import dev.enfyra.codegen.snapshot.SchemaSource;
import dev.enfyra.codegen.snapshot.SnapshotInput;
import dev.enfyra.core.schema.Column;
import dev.enfyra.core.schema.DataType;
import dev.enfyra.core.schema.ForeignKey;
import dev.enfyra.core.schema.Index;
import dev.enfyra.core.schema.Junction;
import dev.enfyra.core.schema.Relation;
import dev.enfyra.core.schema.RelationKind;
import dev.enfyra.core.schema.Schema;
import dev.enfyra.core.schema.Table;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Schemas for runtime tests, read from snapshot files with the compiler's front end and turned
 * into the descriptors generated code would hold (the same mapping as the schema class emitter).
 */
public final class TestSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TestSchemas() {
    }

    /** A snapshot from {@code src/test/resources/schemas/NAME.json}. */
    public static Schema load(String name) {
        try (var in = TestSchemas.class.getResourceAsStream("/schemas/" + name + ".json")) {
            return fromJson(name + ".json", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The GraphQL schema the generator writes for {@code src/test/resources/schemas/NAME.json}. */
    public static String graphQl(String name) {
        try (var in = TestSchemas.class.getResourceAsStream("/schemas/" + name + ".json")) {
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            var model = Frontend.compile(SnapshotInput.of(new SchemaSource(name + ".json", json))).value();
            return new dev.enfyra.codegen.emit.Generator(model, dev.enfyra.codegen.emit.EmitOptions.of("t"),
                    dev.enfyra.codegen.model.NamingStrategy.DEFAULT).generate().stream()
                    .filter(f -> f.path().endsWith("schema.graphqls")).findFirst().orElseThrow().content();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Schema fromJson(String file, String json) {
        Result<dev.enfyra.codegen.model.Schema> result = Frontend.compile(SnapshotInput.of(new SchemaSource(file, json)));
        if (result.hasErrors()) {
            throw new IllegalArgumentException(DiagnosticPrinter.text(result.diagnostics()));
        }
        return convert(result.value());
    }

    public static Schema convert(dev.enfyra.codegen.model.Schema model) {
        List<Table> tables = new ArrayList<>();
        for (dev.enfyra.codegen.model.Table t : model.tables()) {
            tables.add(new Table(t.name(), t.columns().stream().map(TestSchemas::column).toList(),
                    t.relations().stream().map(TestSchemas::relation).toList(), indexes(t),
                    t.foreignKeys().stream().map(fk -> new ForeignKey(fk.name(), fk.relation(), fk.column(), fk.targetTable(),
                            fk.targetColumn(), fk.onDelete().sql(), fk.nullable(), fk.unique())).toList()));
        }
        List<Junction> junctions = model.junctions().stream().map(j -> new Junction(j.name(), j.sourceTable(), j.sourceColumn(),
                j.targetTable(), j.targetColumn(), PhysicalNames.junctionPrimaryKey(j.name()),
                PhysicalNames.foreignKey(j.name(), j.sourceColumn()), PhysicalNames.foreignKey(j.name(), j.targetColumn()))).toList();
        return new Schema(tables, junctions);
    }

    private static List<Index> indexes(dev.enfyra.codegen.model.Table t) {
        List<Index> out = new ArrayList<>();
        for (TableKey u : t.uniques()) {
            out.add(new Index(u.name(), u.columns(), true));
        }
        for (TableKey i : t.indexes()) {
            out.add(new Index(i.name(), i.columns(), false));
        }
        return out;
    }

    private static Column column(dev.enfyra.codegen.model.Column c) {
        Column.Builder b = Column.builder(c.name(), DataType.fromEnfyraName(c.type().enfyraName()).orElseThrow())
                .primary(c.primary()).generated(c.generated()).nullable(c.nullable()).updatable(c.updatable())
                .published(c.published()).length(c.length());
        if (c.precision() != null) {
            b.precision(c.precision(), c.scale());
        }
        if (!c.values().isEmpty()) {
            b.enumValues(c.values());
        }
        if (c.defaultValue() instanceof DefaultValue.Now) {
            b.defaultNow(true);
        } else if (c.defaultValue() instanceof DefaultValue.Literal literal) {
            try {
                b.defaultValue(JSON.readTree(literal.json()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return b.build();
    }

    private static Relation relation(dev.enfyra.codegen.model.Relation r) {
        Relation.Builder b = Relation.builder(r.propertyName(), RelationKind.valueOf(r.kind().name()), r.targetTable())
                .nullable(r.nullable()).updatable(r.updatable()).owning(r.owning());
        if (r.inversePropertyName() != null) {
            b.inversePropertyName(r.inversePropertyName());
        }
        if (r.foreignKeyColumn() != null) {
            b.foreignKeyColumn(r.foreignKeyColumn());
            b.onDelete(r.onDelete().sql());
        }
        if (r.junctionTable() != null) {
            b.junction(r.junctionTable(), r.junctionSourceColumn(), r.junctionTargetColumn());
        }
        return b.build();
    }
}
