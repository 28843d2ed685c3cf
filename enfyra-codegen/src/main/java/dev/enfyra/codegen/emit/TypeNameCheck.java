package dev.enfyra.codegen.emit;

import dev.enfyra.codegen.diag.Diagnostic;
import dev.enfyra.codegen.diag.DiagnosticCode;
import dev.enfyra.codegen.diag.Diagnostics;
import dev.enfyra.codegen.diag.Origin;
import dev.enfyra.codegen.model.Schema;
import dev.enfyra.codegen.model.Table;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every table becomes several classes ({@code Posts}, {@code PostsCreate}, {@code PostsUpdate},
 * {@code PostsResource}, {@code PostsGraphQl}) next to the schema and application classes; two tables whose classes would share a name (say {@code posts} and
 * {@code posts_create}) are reported before anything is written.
 */
public final class TypeNameCheck {

    private TypeNameCheck() {
    }

    public static List<Diagnostic> check(Schema schema, EmitOptions options, String snapshotFile) {
        Diagnostics d = new Diagnostics();
        // Lower-cased: on Windows and macOS, Posts.java and POSTS.java are one file.
        Map<String, String> owners = new LinkedHashMap<>();
        owners.put(options.schemaClassName().toLowerCase(Locale.ROOT), "the schema class " + options.schemaClassName());
        if (options.server()) {
            owners.putIfAbsent(options.applicationClassName().toLowerCase(Locale.ROOT), "the application class " + options.applicationClassName());
        }
        String[] suffixes = options.server() ? new String[] {"", "Create", "Update", "Json", "Resource", "GraphQl"} : new String[] {"", "Create", "Update", "Json"};
        for (Table table : schema.tables()) {
            for (String suffix : suffixes) {
                String type = table.javaName() + suffix;
                String owner = owners.putIfAbsent(type.toLowerCase(Locale.ROOT), "table \"" + table.name() + "\"");
                if (owner != null) {
                    d.report(DiagnosticCode.JAVA_NAME_CLASH, new Origin(snapshotFile, "/" + Origin.escape(table.name()), 0, 0),
                                    "table \"" + table.name() + "\" needs class " + type + ", which " + owner + " also needs")
                            .found("two classes named " + type + " (compared without case)")
                            .expected("distinct class names")
                            .hint("rename one table, or choose another schema class with -Denfyra.schemaClass=…")
                            .add();
                }
            }
        }
        return d.sorted();
    }
}
