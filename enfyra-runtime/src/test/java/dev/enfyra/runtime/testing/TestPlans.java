package dev.enfyra.runtime.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.enfyra.core.schema.DataType;
import dev.enfyra.core.schema.Junction;
import dev.enfyra.core.schema.Schema;
import dev.enfyra.runtime.dialect.SqlTypes;
import dev.enfyra.runtime.migrate.CanonicalJson;
import dev.enfyra.runtime.migrate.PhysicalSchema;
import dev.enfyra.runtime.migrate.PhysicalSchema.Column;
import dev.enfyra.runtime.migrate.PhysicalSchema.ForeignKey;
import dev.enfyra.runtime.migrate.PhysicalSchema.Index;
import dev.enfyra.runtime.migrate.PhysicalSchema.Table;
import dev.enfyra.runtime.migrate.PlanJson;
import dev.enfyra.runtime.migrate.RecordedMigration;
import dev.enfyra.runtime.migrate.SchemaReplay;
import dev.enfyra.runtime.migrate.Step;
import java.util.ArrayList;
import java.util.List;

/**
 * Recorded migrations written by hand for tests, in the contract's format, with their hashes:
 * a stand-in for the compiler's planner until it can record plans. Destructiveness is decided
 * by the contract's table (drops, unique indexes, NOT NULL added, enum values removed, types
 * narrowed), with the codes it names.
 */
public final class TestPlans {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private TestPlans() {
    }

    /** One embedded migration. */
    public record Recorded(int version, String name, String plan) implements RecordedMigration {
    }

    /** A history being recorded: each {@link #add} records a migration from the schema the ones before end at. */
    public static final class History {
        private final List<RecordedMigration> migrations = new ArrayList<>();
        private final List<PhysicalSchema> schemas = new ArrayList<>();
        private PhysicalSchema schema = PhysicalSchema.EMPTY;
        private String to = "empty";

        public History add(String name, List<Step> steps) {
            PhysicalSchema after = SchemaReplay.apply(schema, steps);
            ObjectNode plan = NODES.objectNode();
            plan.put("format", 1);
            plan.put("version", migrations.size() + 1);
            plan.put("name", name);
            plan.put("from", to);
            String hash = CanonicalJson.hash(PlanJson.write(after));
            plan.put("to", hash);
            ArrayNode stepsJson = plan.putArray("steps");
            steps.forEach(s -> stepsJson.add(PlanJson.write(s)));
            ArrayNode destructive = plan.putArray("destructive");
            ArrayNode confirmed = NODES.arrayNode();
            for (int i = 0; i < steps.size(); i++) {
                String code = destructiveCode(steps.get(i));
                if (code != null) {
                    destructive.addObject().put("step", i).put("code", code).put("reason", steps.get(i).op() + " " + steps.get(i).tableName());
                    confirmed.add(stepsJson.get(i));
                }
            }
            if (!confirmed.isEmpty()) {
                ObjectNode body = NODES.objectNode();
                body.put("from", to);
                body.set("steps", confirmed);
                plan.put("confirmHash", CanonicalJson.hash(body));
            }
            plan.set("schema", PlanJson.write(after));
            plan.put("checksum", CanonicalJson.hash(plan));
            migrations.add(new Recorded(migrations.size() + 1, name, plan.toPrettyString()));
            schemas.add(after);
            schema = after;
            to = hash;
            return this;
        }

        public History add(String name, Step... steps) {
            return add(name, List.of(steps));
        }

        public List<RecordedMigration> migrations() {
            return List.copyOf(migrations);
        }

        /** The schema after migration {@code version} (1-based). */
        public PhysicalSchema schemaAfter(int version) {
            return schemas.get(version - 1);
        }

        public PhysicalSchema schema() {
            return schema;
        }
    }

    /**
     * A recorded migration with its JSON changed by {@code edit}; with {@code reseal} the checksum
     * is computed again (as a tool that rewrote the file would), else the old one stays.
     */
    public static RecordedMigration edit(RecordedMigration m, java.util.function.Consumer<ObjectNode> edit, boolean reseal) {
        try {
            ObjectNode plan = (ObjectNode) CanonicalJson.parse(m.plan());
            edit.accept(plan);
            if (reseal) {
                plan.remove("checksum");
                plan.put("checksum", CanonicalJson.hash(plan));
            }
            return new Recorded(m.version(), m.name(), plan.toPrettyString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The contract's code for a step that may lose data, or null. */
    public static String destructiveCode(Step step) {
        return switch (step) {
            case Step.DropTable s -> "ENF-C001";
            case Step.DropColumn s -> "ENF-C002";
            case Step.AddIndex s -> s.index().unique() ? "ENF-C007" : null;
            case Step.AlterColumn s -> {
                if (s.from().nullable() && !s.to().nullable()) {
                    yield "ENF-C005";
                }
                if (!s.to().values().containsAll(s.from().values())) {
                    yield "ENF-C006";
                }
                yield widens(s.from(), s.to()) ? null : "ENF-C004";
            }
            default -> null;
        };
    }

    private static boolean widens(Column from, Column to) {
        if (from.type() == to.type()) {
            boolean lengthOk = from.length() == null || to.length() != null && to.length() >= from.length();
            boolean precisionOk = from.precision() == null || to.precision() != null && to.precision() >= from.precision()
                    && to.scale() >= from.scale();
            return lengthOk && precisionOk || to.length() == null && from.type() == DataType.VARCHAR;
        }
        return switch (from.type()) {
            case INT -> to.type() == DataType.BIGINT || to.type() == DataType.FLOAT || to.type() == DataType.DECIMAL;
            case BIGINT -> to.type() == DataType.FLOAT || to.type() == DataType.DECIMAL;
            case VARCHAR, TEXT, CODE, RICHTEXT -> to.type() == DataType.TEXT || to.type() == DataType.CODE || to.type() == DataType.RICHTEXT;
            case ENUM -> to.type() == DataType.VARCHAR || to.type() == DataType.TEXT;
            default -> false;
        };
    }

    // ---- building blocks ----

    public static Column column(String name, DataType type) {
        return new Column(name, type, true, false, type == DataType.VARCHAR ? 255 : null, null, null, List.of(), null, false);
    }

    public static Column notNull(Column c) {
        return new Column(c.name(), c.type(), false, c.generated(), c.length(), c.precision(), c.scale(), c.values(),
                c.defaultValue(), c.defaultNow());
    }

    public static Column nullable(Column c) {
        return new Column(c.name(), c.type(), true, c.generated(), c.length(), c.precision(), c.scale(), c.values(),
                c.defaultValue(), c.defaultNow());
    }

    public static Column length(Column c, int length) {
        return new Column(c.name(), c.type(), c.nullable(), c.generated(), length, c.precision(), c.scale(), c.values(),
                c.defaultValue(), c.defaultNow());
    }

    public static Column decimal(String name, int precision, int scale) {
        return new Column(name, DataType.DECIMAL, true, false, null, precision, scale, List.of(), null, false);
    }

    public static Column enumOf(String name, String... values) {
        return new Column(name, DataType.ENUM, true, false, null, null, null, List.of(values), null, false);
    }

    public static Column withDefault(Column c, JsonNode value) {
        return new Column(c.name(), c.type(), c.nullable(), c.generated(), c.length(), c.precision(), c.scale(), c.values(),
                value, false);
    }

    public static Column withDefaultNow(Column c) {
        return new Column(c.name(), c.type(), c.nullable(), c.generated(), c.length(), c.precision(), c.scale(), c.values(),
                null, true);
    }

    public static Column id() {
        return new Column("id", DataType.INT, false, true, null, null, null, List.of(), null, false);
    }

    /** createdAt/updatedAt, as Enfyra puts them on every table. */
    public static List<Column> timestamps() {
        return List.of(withDefaultNow(notNull(column("createdAt", DataType.TIMESTAMP))),
                withDefaultNow(notNull(column("updatedAt", DataType.TIMESTAMP))));
    }

    public static Table table(String name, List<Column> columns) {
        List<Column> all = new ArrayList<>(columns);
        return new Table(name, all, List.of(columns.get(0).name()), List.of(), List.of());
    }

    public static Step.CreateTable create(String name, Column... columns) {
        List<Column> all = new ArrayList<>(List.of(columns));
        all.addAll(timestamps());
        return new Step.CreateTable(table(name, all));
    }

    public static Index index(String name, boolean unique, String... columns) {
        return new Index(name, List.of(columns), unique);
    }

    public static ForeignKey fk(String name, String column, String target, String onDelete) {
        return new ForeignKey(name, List.of(column), target, List.of("id"), onDelete);
    }

    // ---- from a compiled schema ----

    /**
     * The physical schema the bootstrap creates for {@code schema}: tables with FK columns after
     * the declared ones, junctions with their composite keys and cascading foreign keys.
     */
    public static PhysicalSchema physical(Schema schema, SqlTypes types) {
        List<Table> tables = new ArrayList<>();
        for (dev.enfyra.core.schema.Table t : schema.tables()) {
            List<Column> columns = new ArrayList<>();
            for (dev.enfyra.core.schema.Column c : t.columns()) {
                columns.add(new Column(c.name(), c.type(), c.nullable(), c.primary() && types.databaseGeneratesKey(c),
                        c.type() == DataType.VARCHAR ? (c.length() == null ? Integer.valueOf(255) : c.length()) : null,
                        c.precision(), c.scale(), c.enumValues(), c.defaultValue(), c.defaultNow()));
            }
            for (dev.enfyra.core.schema.ForeignKey fk : t.foreignKeys()) {
                columns.add(keyColumn(fk.column(), schema.requireTable(fk.targetTable()).primaryKey(), fk.nullable()));
            }
            tables.add(new Table(t.name(), columns, List.of(t.primaryKey().name()),
                    t.indexes().stream().map(i -> new Index(i.name(), i.columns(), i.unique())).toList(),
                    t.foreignKeys().stream().map(f -> new ForeignKey(f.name(), List.of(f.column()), f.targetTable(),
                            List.of(f.targetColumn()), f.onDelete())).toList()));
        }
        for (Junction j : schema.junctions()) {
            dev.enfyra.core.schema.Column source = schema.requireTable(j.sourceTable()).primaryKey();
            dev.enfyra.core.schema.Column target = schema.requireTable(j.targetTable()).primaryKey();
            tables.add(new Table(j.name(), List.of(keyColumn(j.sourceColumn(), source, false), keyColumn(j.targetColumn(), target, false)),
                    List.of(j.sourceColumn(), j.targetColumn()), List.of(),
                    List.of(new ForeignKey(j.sourceForeignKeyName(), List.of(j.sourceColumn()), j.sourceTable(), List.of(source.name()), "CASCADE"),
                            new ForeignKey(j.targetForeignKeyName(), List.of(j.targetColumn()), j.targetTable(), List.of(target.name()), "CASCADE"))));
        }
        return new PhysicalSchema(tables);
    }

    private static Column keyColumn(String name, dev.enfyra.core.schema.Column key, boolean nullable) {
        Integer length = key.type() == DataType.VARCHAR ? Integer.valueOf(255) : null;
        return new Column(name, key.type(), nullable, false, length, null, null, List.of(), null, false);
    }

    /** The steps that create {@code schema} on an empty database, in the contract's order. */
    public static List<Step> install(PhysicalSchema schema) {
        List<Step> steps = new ArrayList<>();
        for (Table t : schema.tables()) {
            steps.add(new Step.CreateTable(new Table(t.name(), t.columns(), t.primaryKey(), List.of(), List.of())));
        }
        for (Table t : schema.tables()) {
            t.indexes().forEach(i -> steps.add(new Step.AddIndex(t.name(), i)));
        }
        for (Table t : schema.tables()) {
            t.foreignKeys().forEach(f -> steps.add(new Step.AddForeignKey(t.name(), f)));
        }
        return steps;
    }
}
