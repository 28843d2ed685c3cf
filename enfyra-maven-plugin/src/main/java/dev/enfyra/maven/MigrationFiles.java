package dev.enfyra.maven;

import dev.enfyra.codegen.Migrations;
import dev.enfyra.codegen.diag.Diagnostic;
import dev.enfyra.codegen.diag.Result;
import dev.enfyra.codegen.emit.MigrationSource;
import dev.enfyra.codegen.history.HistoryReader;
import dev.enfyra.codegen.model.NamingStrategy;
import dev.enfyra.codegen.plan.MigrationPlan;
import dev.enfyra.codegen.plan.PlanJson;
import dev.enfyra.codegen.report.StepText;
import dev.enfyra.codegen.snapshot.SchemaSource;
import dev.enfyra.codegen.snapshot.SnapshotInput;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.logging.Log;

/**
 * What the goals share about recorded migrations: where they are, CI mode, reading the pending
 * changes, writing a new file, and printing a preview of what a recording would contain.
 */
final class MigrationFiles {

    /** The goal that records changes that need confirming. */
    static final String GOAL = "enfyra:migration";

    private final Path schemaDir;
    private final Path migrationsDir;
    private final Path base;

    MigrationFiles(File schemaDir, File migrationsDir, File base) {
        this.schemaDir = schemaDir.toPath();
        this.migrationsDir = migrationsDir != null ? migrationsDir.toPath() : this.schemaDir.resolve("migrations");
        this.base = base.toPath();
    }

    Path dir() {
        return migrationsDir;
    }

    String displayDir() {
        Path absolute = migrationsDir.toAbsolutePath().normalize();
        Path root = base.toAbsolutePath().normalize();
        return (absolute.startsWith(root) ? root.relativize(absolute) : absolute).toString().replace('\\', '/');
    }

    /**
     * CI mode: {@code -Denfyra.ci} when given, else the {@code CI} environment variable that CI
     * services set. Nothing is written then, and unrecorded changes fail the build.
     */
    static boolean ci(Boolean property) {
        return property != null ? property : "true".equalsIgnoreCase(System.getenv("CI"));
    }

    List<SchemaSource> files() throws IOException {
        return HistoryReader.files(migrationsDir, base);
    }

    Result<Migrations.Pending> pending() throws IOException {
        SnapshotInput input = SnapshotInput.read(schemaDir.resolve(SnapshotInput.SNAPSHOT), base);
        return Migrations.pending(input, files(), NamingStrategy.DEFAULT);
    }

    /** The recorded files, in version order, as the emitters embed them. */
    List<MigrationSource> sources() throws IOException {
        return HistoryReader.read(files()).value().files().stream()
                .map(f -> new MigrationSource(f.version(), f.name(), f.text())).toList();
    }

    /** Writes the migration; returns its path as shown to the user. */
    String write(MigrationPlan plan) throws IOException {
        Files.createDirectories(migrationsDir);
        Path file = migrationsDir.resolve(plan.fileName());
        Files.writeString(file, PlanJson.text(plan), StandardCharsets.UTF_8);
        return displayDir() + "/" + plan.fileName();
    }

    /** {@code 1 step}, {@code 3 steps}. */
    static String steps(int n) {
        return n + (n == 1 ? " step" : " steps");
    }

    static String command(String name, String hash) {
        return "mvn " + GOAL + " -Denfyra.name=" + name + (hash == null ? "" : " -Denfyra.confirm=" + hash);
    }

    /** The steps of a pending migration, with what each may lose, one log line each. */
    static void preview(Log log, Migrations.Pending pending, boolean asErrors) {
        for (int i = 0; i < pending.steps().size(); i++) {
            int index = i;
            line(log, asErrors, String.format(Locale.ROOT, "  %3d  %s", i, StepText.summary(pending.steps().get(i))));
            pending.destructive().stream().filter(d -> d.step() == index)
                    .forEach(d -> line(log, asErrors, "         " + d.code() + ": " + d.reason()));
        }
    }

    private static void line(Log log, boolean error, String text) {
        if (error) {
            log.error(text);
        } else {
            log.info(text);
        }
    }

    /** Diagnostics except the destructive-change warnings, which the preview shows with their steps. */
    static List<Diagnostic> withoutChecks(List<Diagnostic> diagnostics) {
        return diagnostics.stream().filter(d -> !d.code().id().startsWith("ENF-C")).toList();
    }
}
