package dev.enfyra.bench.migrations;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.enfyra.codegen.Frontend;
import dev.enfyra.codegen.Migrations;
import dev.enfyra.codegen.diag.DiagnosticPrinter;
import dev.enfyra.codegen.diag.Result;
import dev.enfyra.codegen.model.NamingStrategy;
import dev.enfyra.codegen.physical.PhysicalSchema;
import dev.enfyra.codegen.plan.MigrationPlan;
import dev.enfyra.codegen.plan.PlanJson;
import dev.enfyra.codegen.snapshot.SchemaSource;
import dev.enfyra.codegen.snapshot.SnapshotInput;
import dev.enfyra.runtime.migrate.RecordedMigration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A history recorded by the compiler's planner, as {@code mvn generate-sources} records it: a
 * sequence of synthetic {@code snapshot.json} versions (with their {@code snapshot-migration.json}
 * hints), each planned against the schema the migrations before it end at
 * ({@link Migrations#between}), written with the planner's own JSON writer ({@link PlanJson#text}).
 *
 * <p>Every migration has 10 steps. The first creates {@code account} (a unique and an index) and
 * {@code item_1} (a many-to-one to {@code account}). Every fifth migration renames the newest item
 * table ({@code item_K} to {@code item_K_v2}: its foreign key and three indexes are dropped and
 * re-added under the new name, 9 steps) and adds a column. Every other migration:
 * <ul>
 *   <li>creates {@code item_K} with a many-to-one (to {@code account}, or, for even K, to the newest
 *       item): createTable, three indexes (createdAt, updatedAt, the FK column), the foreign key;</li>
 *   <li>on the newest existing item table: adds a nullable text column, renames {@code title} to
 *       {@code heading}, widens {@code code} from varchar(50) to varchar(120), indexes {@code rank};</li>
 *   <li>adds a NOT NULL int column with a default to an older item table.</li>
 * </ul>
 * None of the steps loses data, so no migration has a confirm hash.
 */
public final class SyntheticHistory {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private record Col(String name, String type, boolean nullable, Integer length, Integer dflt) {
    }

    private record Rel(String property, String target) {
    }

    private static final class Tbl {
        String name;
        final List<Col> columns = new ArrayList<>();
        final List<Rel> relations = new ArrayList<>();
        final List<List<String>> uniques = new ArrayList<>();
        final List<List<String>> indexes = new ArrayList<>();

        Tbl(String name) {
            this.name = name;
        }

        void rename(String column, String to) {
            columns.replaceAll(c -> c.name().equals(column) ? new Col(to, c.type(), c.nullable(), c.length(), c.dflt()) : c);
        }

        void widen(String column, int length) {
            columns.replaceAll(c -> c.name().equals(column) ? new Col(c.name(), c.type(), c.nullable(), length, c.dflt()) : c);
        }
    }

    /** One recorded migration as the generated class embeds it. */
    /**
     * A recorded migration as the generated class gives it: the text, and its SHA-256, which a
     * generated class holds as a constant the compiler computed (here computed when the file is
     * read, before anything is timed).
     */
    public record Recorded(int version, String name, String plan, int steps, String planDigest) implements RecordedMigration {
        Recorded(int version, String name, String plan, int steps) {
            this(version, name, plan, steps, dev.enfyra.runtime.migrate.CanonicalJson.sha256(plan));
        }
    }

    private final List<Tbl> tables = new ArrayList<>();
    private final List<Tbl> items = new ArrayList<>();

    private SyntheticHistory() {
    }

    /** {@code migrations} migrations of 10 steps each, planned by the compiler. */
    public static List<Recorded> record(int migrations) {
        SyntheticHistory h = new SyntheticHistory();
        List<Recorded> out = new ArrayList<>();
        PhysicalSchema schema = PhysicalSchema.EMPTY;
        String from = MigrationPlan.EMPTY;
        for (int k = 1; k <= migrations; k++) {
            String[] nameAndHints = h.change(k);
            SnapshotInput input = new SnapshotInput("snapshot.json", Optional.of(new SchemaSource("snapshot.json", h.snapshot())),
                    Optional.ofNullable(nameAndHints[1]).map(t -> new SchemaSource("snapshot-migration.json", t)),
                    Optional.empty(), Optional.empty());
            Result<Frontend.Compiled> compiled = Frontend.read(input, NamingStrategy.DEFAULT, Optional.empty());
            if (compiled.hasErrors()) {
                throw new IllegalStateException("version " + k + ":\n" + DiagnosticPrinter.text(compiled.diagnostics()));
            }
            Result<Migrations.Pending> pending = Migrations.between(schema, from, k, compiled.value().schema(),
                    compiled.value().snapshot().hints(), "snapshot.json");
            if (pending.hasErrors()) {
                throw new IllegalStateException("version " + k + ":\n" + DiagnosticPrinter.text(pending.diagnostics()));
            }
            if (pending.value().isDestructive()) {
                throw new IllegalStateException("version " + k + " is destructive: " + pending.value().destructive());
            }
            MigrationPlan plan = pending.value().record(nameAndHints[0]);
            if (plan.steps().size() != 10) {
                throw new IllegalStateException("version " + k + " has " + plan.steps().size() + " steps, not 10: "
                        + plan.steps().stream().map(s -> s.toString().substring(0, Math.min(160, s.toString().length()))).toList());
            }
            out.add(new Recorded(k, plan.name(), PlanJson.text(plan), plan.steps().size()));
            schema = plan.schema();
            from = plan.to();
        }
        return out;
    }

    /** Changes the model to version {@code k}; returns the migration's name and the hints (or null). */
    private String[] change(int k) {
        if (k == 1) {
            Tbl account = new Tbl("account");
            account.columns.add(new Col("email", "varchar", false, 320, null));
            account.columns.add(new Col("name", "varchar", true, 255, null));
            account.uniques.add(List.of("email"));
            account.indexes.add(List.of("name"));
            tables.add(account);
            newItem(1, account);
            return new String[] {"init", null};
        }
        Tbl newest = items.get(items.size() - 1);
        if (k % 5 == 0) {
            String old = newest.name;
            newest.name = old + "_v2";
            tables.get(0).columns.add(new Col("flag_" + k, "boolean", true, null, null));
            ObjectNode hints = NODES.objectNode();
            hints.putArray("tablesToRename").addObject().put("from", old).put("to", newest.name);
            return new String[] {"rename_" + old, hints.toPrettyString()};
        }
        newItem(k, k % 2 == 1 ? tables.get(0) : newest);
        newest.columns.add(new Col("note_" + k, "text", true, null, null));
        newest.rename("title", "heading");
        newest.widen("code", 120);
        newest.indexes.add(List.of("rank"));
        Tbl older = items.get((k * 7) % (items.size() - 1));
        older.columns.add(new Col("extra_" + k, "int", false, null, 0));
        ObjectNode hints = NODES.objectNode();
        ObjectNode entry = hints.putArray("tables").addObject();
        entry.putObject("_unique").putObject("name").put("_eq", newest.name);
        entry.putArray("columnsToModify").addObject().<ObjectNode>set("from", NODES.objectNode().put("name", "title"))
                .set("to", NODES.objectNode().put("name", "heading"));
        return new String[] {"release_" + k, hints.toPrettyString()};
    }

    private void newItem(int k, Tbl target) {
        Tbl t = new Tbl("item_" + k);
        t.columns.add(new Col("title", "varchar", true, 255, null));
        t.columns.add(new Col("code", "varchar", true, 50, null));
        t.columns.add(new Col("body", "text", true, null, null));
        t.columns.add(new Col("rank", "int", true, null, null));
        t.columns.add(new Col("price", "bigint", true, null, null));
        t.columns.add(new Col("active", "boolean", false, null, null));
        t.columns.add(new Col("summary", "varchar", true, 500, null));
        t.relations.add(new Rel("owner", target.name));
        tables.add(t);
        items.add(t);
    }

    /** The model as {@code snapshot.json}. */
    private String snapshot() {
        ObjectNode root = NODES.objectNode();
        for (Tbl t : tables) {
            ObjectNode table = root.putObject(t.name);
            table.put("name", t.name);
            ArrayNode columns = table.putArray("columns");
            columns.addObject().put("name", "id").put("type", "int").put("isPrimary", true).put("isGenerated", true)
                    .put("isNullable", false);
            for (Col c : t.columns) {
                ObjectNode col = columns.addObject().put("name", c.name()).put("type", c.type()).put("isNullable", c.nullable());
                if (c.length() != null) {
                    col.putObject("options").put("length", c.length());
                }
                if (c.dflt() != null) {
                    col.put("defaultValue", c.dflt());
                }
            }
            ArrayNode relations = table.putArray("relations");
            for (Rel r : t.relations) {
                relations.addObject().put("propertyName", r.property()).put("type", "many-to-one")
                        .put("targetTable", tables.stream().filter(x -> x.name.equals(r.target())).findFirst()
                                .map(x -> x.name).orElse(r.target()))
                        .put("isNullable", true);
            }
            ArrayNode uniques = table.putArray("uniques");
            t.uniques.forEach(u -> u.forEach(uniques.addArray()::add));
            ArrayNode indexes = table.putArray("indexes");
            t.indexes.forEach(i -> {
                ArrayNode one = indexes.addArray();
                i.forEach(one::add);
            });
        }
        return root.toPrettyString();
    }

    /** Writes the recorded files as {@code NNNN_name.json} into {@code dir} (emptied first). */
    public static void write(List<Recorded> history, Path dir) {
        try {
            Files.createDirectories(dir);
            try (Stream<Path> old = Files.list(dir)) {
                for (Path p : old.toList()) {
                    Files.delete(p);
                }
            }
            for (Recorded r : history) {
                Files.writeString(dir.resolve(MigrationPlan.fileName(r.version(), r.name())), r.plan());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads back what {@link #write} wrote, in version order. */
    public static List<Recorded> read(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            TreeMap<Integer, Recorded> out = new TreeMap<>();
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".json")).toList()) {
                String file = p.getFileName().toString();
                int version = Integer.parseInt(file.substring(0, file.indexOf('_')));
                String name = file.substring(file.indexOf('_') + 1, file.length() - ".json".length());
                out.put(version, new Recorded(version, name, Files.readString(p), -1));
            }
            return List.copyOf(out.values());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
