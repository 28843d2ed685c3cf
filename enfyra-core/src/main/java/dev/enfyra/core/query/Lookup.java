package dev.enfyra.core.query;

import dev.enfyra.core.filter.Suggest;
import dev.enfyra.core.schema.Column;
import dev.enfyra.core.schema.Relation;
import dev.enfyra.core.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds a name a client wrote on a table, with the errors every part of a query reports alike.
 * Unpublished columns are "not readable", and never offered as a "did you mean".
 */
final class Lookup {

    /** What a name denotes: exactly one of a readable column or a relation. */
    record Field(Column column, Relation relation) {
        boolean isColumn() {
            return column != null;
        }
    }

    private Lookup() {
    }

    static Field field(Table table, String name, String location) {
        Optional<Column> column = table.column(name);
        if (column.isPresent()) {
            if (!column.get().published()) {
                throw notReadable(table, name, location);
            }
            return new Field(column.get(), null);
        }
        Optional<Relation> relation = table.relation(name);
        if (relation.isPresent()) {
            return new Field(null, relation.get());
        }
        throw Syntax.bad(location, "unknown field " + Syntax.quote(name) + " on table \"" + table.name() + "\""
                + Suggest.didYouMean(name, readableNames(table)));
    }

    /** A relation of {@code table}; a column or an unknown name is an error naming what was meant. */
    static Relation relation(Table table, String name, String location) {
        Field field = field(table, name, location);
        if (field.isColumn()) {
            throw Syntax.bad(location, "\"" + name + "\" is a column of table \"" + table.name()
                    + "\", not a relation");
        }
        return field.relation();
    }

    static QueryException notReadable(Table table, String name, String location) {
        return Syntax.bad(location, "field \"" + name + "\" of table \"" + table.name() + "\" is not readable");
    }

    /** Published columns, then relations, in declared order. */
    static List<String> readableNames(Table table) {
        List<String> names = new ArrayList<>();
        table.columns().stream().filter(Column::published).forEach(c -> names.add(c.name()));
        table.relations().forEach(r -> names.add(r.propertyName()));
        return names;
    }

    static List<String> relationNames(Table table) {
        return table.relations().stream().map(Relation::propertyName).toList();
    }
}
