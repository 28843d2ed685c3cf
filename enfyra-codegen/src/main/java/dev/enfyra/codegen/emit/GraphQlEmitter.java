package dev.enfyra.codegen.emit;

import dev.enfyra.codegen.model.Column;
import dev.enfyra.codegen.model.ColumnType;
import dev.enfyra.codegen.model.Relation;
import dev.enfyra.codegen.model.RelationKind;
import dev.enfyra.codegen.model.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * The GraphQL schema (SDL) of the whole model, with Enfyra's names: per table an object type named
 * after the table, {@code <table>Result { data, meta }}, create and update inputs, a typed filter
 * input, the query {@code <table>(filter, where, sort, page, limit, aggregate)}, the query
 * {@code <table>_by_id(id)} and the mutations {@code create_<table>}, {@code update_<table>},
 * {@code delete_<table>}. Unpublished columns are left out of the object types.
 */
final class GraphQlEmitter {

    static final String PATH = "META-INF/enfyra/schema.graphqls";

    private final EmitContext ctx;

    GraphQlEmitter(EmitContext ctx) {
        this.ctx = ctx;
    }

    GeneratedFile emit() {
        StringBuilder sdl = new StringBuilder();
        sdl.append("# ").append(Files.HEADER.replace("\n", "\n# ").strip()).append("\n\n");
        sdl.append(GraphQlPrelude.TEXT);
        List<String> queries = new ArrayList<>();
        List<String> mutations = new ArrayList<>();
        for (Table table : ctx.schema().tables()) {
            objectType(sdl, table);
            inputs(sdl, table);
            filterInput(sdl, table);
            String t = table.name();
            String key = scalar(table.primaryKey());
            queries.add("  " + t + "(filter: JSON, where: " + t + "Filter, sort: [String!], page: Int, limit: Int, aggregate: JSON): "
                    + t + "Result!");
            queries.add("  " + t + "_by_id(id: " + key + "!): " + t);
            mutations.add("  create_" + t + "(data: " + t + "CreateInput!): " + t + "!");
            mutations.add("  update_" + t + "(id: " + key + "!, data: " + t + "UpdateInput!): " + t + "!");
            mutations.add("  delete_" + t + "(id: " + key + "!): " + key + "!");
        }
        sdl.append("type Query {\n").append(String.join("\n", queries)).append("\n}\n\n");
        sdl.append("type Mutation {\n").append(String.join("\n", mutations)).append("\n}\n");
        return new GeneratedFile(PATH, sdl.toString());
    }

    private void objectType(StringBuilder sdl, Table table) {
        description(sdl, table.description(), "");
        sdl.append("type ").append(table.name()).append(" {\n");
        for (Column column : table.columns()) {
            if (column.published()) {
                description(sdl, column.description(), "  ");
                sdl.append("  ").append(column.name()).append(": ").append(outputType(column)).append('\n');
            }
        }
        for (Relation relation : table.relations()) {
            description(sdl, relation.description(), "  ");
            String target = relation.targetTable();
            if (relation.isToOne()) {
                sdl.append("  ").append(relation.propertyName()).append(": ").append(target).append('\n');
            } else {
                sdl.append("  ").append(relation.propertyName()).append("(filter: JSON, where: ").append(target)
                        .append("Filter, sort: [String!], page: Int, limit: Int): [").append(target).append("!]!\n");
            }
        }
        sdl.append("}\n\n");
        sdl.append("type ").append(table.name()).append("Result {\n  data: [").append(table.name())
                .append("!]!\n  meta: JSON\n}\n\n");
    }

    private void inputs(StringBuilder sdl, Table table) {
        sdl.append("input ").append(table.name()).append("CreateInput {\n");
        for (InputField f : InputField.forCreate(ctx, table)) {
            sdl.append("  ").append(f.name()).append(": ").append(inputType(table, f)).append(f.required() ? "!" : "").append('\n');
        }
        sdl.append("}\n\n").append("input ").append(table.name()).append("UpdateInput {\n");
        for (InputField f : InputField.forUpdate(ctx, table)) {
            sdl.append("  ").append(f.name()).append(": ").append(inputType(table, f)).append('\n');
        }
        sdl.append("}\n\n");
    }

    /** The same tree as the JSON filter, typed: per column its type's operators, per relation the target's filter. */
    private void filterInput(StringBuilder sdl, Table table) {
        String t = table.name();
        sdl.append("input ").append(t).append("Filter {\n  _and: [").append(t).append("Filter!]\n  _or: [").append(t)
                .append("Filter!]\n  _not: ").append(t).append("Filter\n");
        for (Column column : table.columns()) {
            if (column.published()) {
                sdl.append("  ").append(column.name()).append(": ").append(GraphQlPrelude.filterType(column.type())).append('\n');
            }
        }
        for (Relation relation : table.relations()) {
            sdl.append("  ").append(relation.propertyName()).append(": ").append(relation.targetTable()).append("Filter\n");
        }
        sdl.append("}\n\n");
    }

    private String inputType(Table table, InputField field) {
        var column = table.column(field.name());
        if (column.isPresent()) {
            return inputScalar(column.get());
        }
        Relation relation = table.relation(field.name()).orElseThrow();
        String key = scalar(ctx.schema().requireTable(relation.targetTable()).primaryKey());
        return relation.kind() == RelationKind.MANY_TO_MANY ? "[" + key + "!]" : key;
    }

    private static String outputType(Column column) {
        String type = column.type() == ColumnType.ARRAY_SELECT ? "[String!]" : scalar(column);
        return column.nullable() ? type : type + "!";
    }

    private static String inputScalar(Column column) {
        return column.type() == ColumnType.ARRAY_SELECT ? "[String!]" : scalar(column);
    }

    static String scalar(Column column) {
        return GraphQlPrelude.scalar(column.type());
    }

    private static void description(StringBuilder sdl, String text, String indent) {
        if (text != null && !text.isBlank()) {
            sdl.append(indent).append('"').append(stringContent(text.strip())).append("\"\n");
        }
    }

    /**
     * Text inside a one-line GraphQL string: each line break (LF, CR or CRLF) as one space, quotes
     * and backslashes escaped, and any other control character, which a GraphQL string cannot
     * hold as it is, as a unicode escape. (A description with a CR once made the whole SDL
     * unreadable, and the backend unable to start.)
     */
    static String stringContent(String text) {
        StringBuilder out = new StringBuilder(text.length());
        String flat = text.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ');
        for (int i = 0; i < flat.length(); i++) {
            char c = flat.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
