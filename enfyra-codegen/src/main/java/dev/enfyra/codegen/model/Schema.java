package dev.enfyra.codegen.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The normalized schema: the one immutable model every later stage reads. Tables are in
 * snapshot order; junctions in the order their owning relations were declared. Lookups by name
 * are constant-time: emitters look a relation's target up for every relation.
 */
public final class Schema {

    private final List<Table> tables;
    private final List<Junction> junctions;
    private final Map<String, Table> byName;

    public Schema(List<Table> tables, List<Junction> junctions) {
        this.tables = List.copyOf(tables);
        this.junctions = List.copyOf(junctions);
        Map<String, Table> index = new LinkedHashMap<>();
        this.tables.forEach(t -> index.putIfAbsent(t.name(), t));
        this.byName = Collections.unmodifiableMap(index);
    }

    public List<Table> tables() {
        return tables;
    }

    public List<Junction> junctions() {
        return junctions;
    }

    public Optional<Table> table(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public Table requireTable(String name) {
        return table(name).orElseThrow(() -> new IllegalArgumentException("no table " + name));
    }

    public Optional<Junction> junction(String name) {
        return junctions.stream().filter(j -> j.name().equals(name)).findFirst();
    }

    /** Tables by name, in snapshot order. */
    public Map<String, Table> tablesByName() {
        return byName;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Schema s && s.tables.equals(tables) && s.junctions.equals(junctions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tables, junctions);
    }

    @Override
    public String toString() {
        return "Schema" + byName.keySet();
    }
}
