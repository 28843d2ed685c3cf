package dev.enfyra.core.schema;

import java.util.List;
import java.util.Optional;

/**
 * The whole model: every table, in declared order. Generated code holds one as a constant;
 * nothing is read from JSON or found by reflection at startup.
 */
public record Schema(List<Table> tables, List<Junction> junctions) {

    /** A schema without junction tables' physical details. */
    public Schema(List<Table> tables) {
        this(tables, List.of());
    }

    public Schema {
        junctions = List.copyOf(junctions);
        tables = NamedList.copyOf(tables, Table::name, "schema: duplicate table");
        for (Table table : tables) {
            for (Relation relation : table.relations()) {
                if (((NamedList<Table>) tables).find(relation.targetTable()) == null) {
                    throw new IllegalArgumentException("table \"" + table.name() + "\": relation \""
                            + relation.propertyName() + "\" targets unknown table \"" + relation.targetTable() + "\"");
                }
            }
        }
    }

    public static Schema of(Table... tables) {
        return new Schema(List.of(tables));
    }

    /** The junction table of that name, if the schema has one. */
    public Optional<Junction> junction(String name) {
        return junctions.stream().filter(j -> j.name().equals(name)).findFirst();
    }

    public Optional<Table> table(String name) {
        return Optional.ofNullable(((NamedList<Table>) tables).find(name));
    }

    /** The table named {@code name}; an unknown name is a programming error. */
    public Table requireTable(String name) {
        return table(name).orElseThrow(
                () -> new IllegalArgumentException("unknown table \"" + name + "\""));
    }
}
