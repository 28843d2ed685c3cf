package dev.enfyra.codegen.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The normalized schema: the one immutable model every later stage reads. Tables are in
 * snapshot order; junctions in the order their owning relations were declared.
 */
public record Schema(List<Table> tables, List<Junction> junctions) {

    public Schema {
        tables = List.copyOf(tables);
        junctions = List.copyOf(junctions);
    }

    public Optional<Table> table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    public Table requireTable(String name) {
        return table(name).orElseThrow(() -> new IllegalArgumentException("no table " + name));
    }

    public Optional<Junction> junction(String name) {
        return junctions.stream().filter(j -> j.name().equals(name)).findFirst();
    }

    public Map<String, Table> tablesByName() {
        return tables.stream().collect(Collectors.toMap(Table::name, Function.identity(), (a, b) -> a,
                java.util.LinkedHashMap::new));
    }
}
