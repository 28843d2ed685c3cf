package dev.enfyra.codegen.model;

import dev.enfyra.codegen.diag.DiagnosticCode;
import dev.enfyra.codegen.diag.Diagnostics;
import dev.enfyra.codegen.diag.Origin;
import dev.enfyra.codegen.diag.Suggestions;
import dev.enfyra.codegen.snapshot.JsonValue;
import dev.enfyra.codegen.snapshot.RawSnapshot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Turns the declared columns of one table into {@link Column}s, plus the implicit timestamps. */
final class ColumnNormalizer {

    /** Names people write for Enfyra types, so the hint can name the right one. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("string", "varchar"), Map.entry("integer", "int"), Map.entry("long", "bigint"),
            Map.entry("double", "float"), Map.entry("number", "float"), Map.entry("numeric", "decimal"),
            Map.entry("bool", "boolean"), Map.entry("json", "simple-json"), Map.entry("jsonb", "simple-json"),
            Map.entry("timestamptz", "timestamp"), Map.entry("select", "enum"), Map.entry("array", "array-select"),
            Map.entry("objectid", "ObjectId"), Map.entry("smallint", "int"));

    private final Diagnostics d;
    private final NamingStrategy naming;

    ColumnNormalizer(Diagnostics d, NamingStrategy naming) {
        this.d = d;
        this.naming = naming;
    }

    List<Column> columns(RawSnapshot.Table table, String tableName) {
        List<Column> out = new ArrayList<>();
        Map<String, RawSnapshot.Column> seen = new HashMap<>();
        for (RawSnapshot.Column raw : table.columns()) {
            String name = raw.name().value();
            if (name == null) {
                continue;
            }
            RawSnapshot.Column first = seen.putIfAbsent(name.toLowerCase(Locale.ROOT), raw);
            if (first != null) {
                duplicate(tableName, raw, first);
                continue;
            }
            column(tableName, raw).ifPresent(out::add);
        }
        checkPrimaryKeys(table, tableName, out);
        out.add(Column.timestamp(Column.CREATED_AT, "When the row was created (set by the runtime)."));
        out.add(Column.timestamp(Column.UPDATED_AT, "When the row was last changed (set by the runtime)."));
        return out;
    }

    private Optional<Column> column(String tableName, RawSnapshot.Column raw) {
        String name = raw.name().value();
        String where = "column \"" + tableName + "." + name + "\"";
        if (name.equals(Column.CREATED_AT) || name.equals(Column.UPDATED_AT)) {
            d.report(DiagnosticCode.RESERVED_COLUMN, raw.name().origin(), where + " is declared, but every table has it implicitly")
                    .found("a declared \"" + name + "\"")
                    .expected("no createdAt or updatedAt in \"columns\"")
                    .hint("remove this column: the runtime adds and maintains createdAt and updatedAt on every table")
                    .add();
            return Optional.empty();
        }
        boolean validName = Identifiers.check(raw.name(), "column name", d);
        Optional<ColumnType> type = type(where, raw);
        if (type.isEmpty() || !validName) {
            return Optional.empty();
        }
        ColumnOptions options = ColumnOptions.read(where, type.get(), raw.options(), objectOf(raw), d);
        DefaultValue defaultValue = DefaultValues.read(where, type.get(), options, raw.defaultValue(), d);
        boolean primary = raw.isPrimary().value();
        boolean generated = raw.isGenerated().value();
        if (primary) {
            checkPrimaryKey(where, raw, type.get(), defaultValue);
        }
        return Optional.of(new Column(
                name, type.get(), primary, generated,
                !primary && raw.isNullable().value(),
                raw.isUpdatable().value() && !primary,
                raw.isPublished().value(),
                raw.isSystem(), false, raw.description(),
                options.length(), options.precision(), options.scale(), options.values(),
                defaultValue, naming.memberName(name)));
    }

    private Optional<ColumnType> type(String where, RawSnapshot.Column raw) {
        String text = raw.type().value();
        if (text == null) {
            return Optional.empty();
        }
        Optional<ColumnType> type = ColumnType.fromEnfyraName(text);
        if (type.isEmpty()) {
            String alias = ALIASES.get(text.toLowerCase(Locale.ROOT));
            String hint = alias != null ? "did you mean \"" + alias + "\"?"
                    : Optional.ofNullable(Suggestions.didYouMean(text, ColumnType.enfyraNames()))
                            .orElse("use one of the types listed under \"expected\"");
            d.report(DiagnosticCode.UNKNOWN_COLUMN_TYPE, raw.type().origin(), where + ": unknown type \"" + text + "\"")
                    .found("\"" + text + "\"")
                    .expected("one of " + String.join(", ", ColumnType.enfyraNames()))
                    .hint(hint)
                    .add();
        }
        return type;
    }

    private void checkPrimaryKey(String where, RawSnapshot.Column raw, ColumnType type, DefaultValue defaultValue) {
        String problem = null;
        if (!type.canBePrimaryKey()) {
            problem = "type \"" + type.enfyraName() + "\" cannot be a primary key";
        } else if (raw.isGenerated().value() && !type.canBeGeneratedKey()) {
            problem = "a generated primary key must be int, bigint or uuid, not \"" + type.enfyraName() + "\"";
        } else if (raw.isGenerated().value() && !(defaultValue instanceof DefaultValue.None)) {
            problem = "a generated primary key cannot have a defaultValue";
        }
        if (problem != null) {
            d.report(DiagnosticCode.INVALID_PRIMARY_KEY, raw.origin(), where + ": " + problem)
                    .found(type.enfyraName() + (raw.isGenerated().value() ? ", generated" : ""))
                    .expected("int, bigint or uuid (generated), or varchar/ObjectId (given by the client)")
                    .hint("declare the key as {\"name\": \"id\", \"type\": \"int\", \"isPrimary\": true, \"isGenerated\": true}")
                    .add();
        }
    }

    private void checkPrimaryKeys(RawSnapshot.Table table, String tableName, List<Column> columns) {
        List<RawSnapshot.Column> primaries = table.columns().stream().filter(c -> c.isPrimary().value()).toList();
        if (primaries.isEmpty()) {
            d.report(DiagnosticCode.NO_PRIMARY_KEY, table.origin(), "table \"" + tableName + "\" has no primary key")
                    .found(columns.isEmpty() ? "no columns" : "no column with \"isPrimary\": true")
                    .expected("exactly one column with \"isPrimary\": true")
                    .hint("add {\"name\": \"id\", \"type\": \"int\", \"isPrimary\": true, \"isGenerated\": true} to \"columns\"")
                    .add();
        } else if (primaries.size() > 1) {
            RawSnapshot.Column second = primaries.get(1);
            d.report(DiagnosticCode.SEVERAL_PRIMARY_KEYS, second.isPrimary().origin(),
                            "table \"" + tableName + "\" has " + primaries.size() + " primary keys")
                    .found(String.join(", ", primaries.stream().map(c -> "\"" + c.name().value() + "\"").toList()))
                    .expected("exactly one column with \"isPrimary\": true (composite keys are not supported)")
                    .hint("keep \"isPrimary\" on one column; use \"uniques\" for the others, e.g. [[\"a\", \"b\"]]")
                    .add();
        }
    }

    private void duplicate(String tableName, RawSnapshot.Column raw, RawSnapshot.Column first) {
        Origin at = raw.name().origin();
        d.report(DiagnosticCode.DUPLICATE_COLUMN, at,
                        "table \"" + tableName + "\" declares column \"" + raw.name().value() + "\" twice")
                .found("\"" + raw.name().value() + "\" again (first at " + first.name().origin().pointer() + ")")
                .expected("unique column names (compared without case: databases fold it)")
                .hint("remove or rename one of the two columns")
                .add();
    }

    private static JsonValue.Obj objectOf(RawSnapshot.Column raw) {
        return new JsonValue.Obj(raw.origin(), Map.of());
    }
}
