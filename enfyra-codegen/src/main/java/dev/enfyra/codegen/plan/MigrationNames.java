package dev.enfyra.codegen.plan;

import dev.enfyra.codegen.diff.SchemaChange;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The name {@code generate} gives a migration it records by itself: {@code init} for the first,
 * else the most telling change ({@code add_posts_body}, {@code rename_users_mail_to_email}),
 * with {@code _and_more} when there are others. Junctions, indexes and foreign keys follow from
 * table and column changes, so they name a migration only when nothing else changed.
 */
public final class MigrationNames {

    static final int MAX = 60;

    private MigrationNames() {
    }

    public static String suggest(List<SchemaChange> changes, boolean first) {
        if (first) {
            return "init";
        }
        List<String> telling = changes.stream().map(MigrationNames::name).flatMap(Optional::stream).toList();
        String name;
        if (!telling.isEmpty()) {
            name = telling.get(0) + (telling.size() > 1 ? "_and_more" : "");
        } else if (!changes.isEmpty()) {
            name = "update_" + changes.get(0).table() + "_keys";
        } else {
            name = "empty";
        }
        return clean(name);
    }

    private static Optional<String> name(SchemaChange change) {
        return Optional.ofNullable(switch (change) {
            case SchemaChange.TableCreated c -> c.created().isJunction() ? null : "create_" + c.table();
            case SchemaChange.TableDropped c -> c.dropped().isJunction() ? null : "drop_" + c.table();
            case SchemaChange.TableRenamed c -> c.from().startsWith("j_") && c.to().startsWith("j_") ? null
                    : "rename_" + c.from() + "_to_" + c.to();
            case SchemaChange.ColumnAdded c -> "add_" + c.table() + "_" + c.column().name();
            case SchemaChange.ColumnDropped c -> "drop_" + c.table() + "_" + c.column().name();
            case SchemaChange.ColumnRenamed c -> "rename_" + c.table() + "_" + c.from() + "_to_" + c.to();
            case SchemaChange.ColumnAltered c -> "alter_" + c.table() + "_" + c.to().name();
            default -> null;
        });
    }

    /** Lower case, {@code [a-z0-9_]} only, at most {@value #MAX} characters. */
    static String clean(String name) {
        String out = name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9_]+", "_").replaceAll("_+", "_").replaceAll("^_|_$", "");
        if (out.length() > MAX) {
            out = out.substring(0, MAX).replaceAll("_$", "");
        }
        return out.isEmpty() ? "migration" : out;
    }
}
