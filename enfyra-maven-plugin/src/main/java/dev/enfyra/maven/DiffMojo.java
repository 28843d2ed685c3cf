package dev.enfyra.maven;

import dev.enfyra.codegen.Frontend;
import dev.enfyra.codegen.Migrations;
import dev.enfyra.codegen.diag.Result;
import dev.enfyra.codegen.model.NamingStrategy;
import dev.enfyra.codegen.physical.PhysicalSchema;
import dev.enfyra.codegen.physical.PhysicalSchemas;
import dev.enfyra.codegen.report.ApiSurface;
import dev.enfyra.codegen.report.DiffReport;
import dev.enfyra.codegen.report.HtmlReport;
import dev.enfyra.codegen.report.JsonReport;
import dev.enfyra.codegen.report.MarkdownReport;
import dev.enfyra.codegen.snapshot.SchemaSource;
import dev.enfyra.codegen.snapshot.SnapshotInput;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes {@code target/enfyra/diff.md}, {@code diff.html} and {@code diff.json}: every change
 * from the recorded migrations to {@code snapshot.json} (or from one snapshot file to another,
 * {@code -Denfyra.from=A -Denfyra.to=B}, without a project), which steps may lose data and why,
 * the confirm hash, a SQL preview per database, and the change to the API.
 */
@Mojo(name = "diff", requiresProject = false, threadSafe = true)
public class DiffMojo extends AbstractMojo {

    /** A snapshot to compare from (with {@code enfyra.to}); without both, the recorded migrations are the start. */
    @Parameter(property = "enfyra.from")
    File from;

    /** A snapshot to compare to; its sibling snapshot-migration.json (or snapshot-migration-X.json for snapshot-X.json) gives the hints. */
    @Parameter(property = "enfyra.to")
    File to;

    @Parameter(property = "enfyra.schemaDir", defaultValue = "${basedir}/src/main/enfyra")
    File schemaDir;

    @Parameter(property = "enfyra.migrationsDir")
    File migrationsDir;

    /** Where the reports go; by default {@code enfyra/} in the build directory ({@code target/enfyra}). */
    @Parameter(property = "enfyra.reportDirectory")
    File reportDirectory;

    @Parameter(defaultValue = "${project}", readonly = true)
    org.apache.maven.project.MavenProject project;

    @Parameter(property = "enfyra.diagnostics", defaultValue = "text")
    String diagnostics;

    @Parameter(defaultValue = "${basedir}", readonly = true)
    File basedir;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Output output = new Output(getLog(), diagnostics);
        try {
            DiffReport report = from != null || to != null ? betweenFiles() : againstHistory();
            output.print(report.diagnostics(), null);
            Path dir = reportDirectory();
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("diff.md"), MarkdownReport.write(report), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("diff.html"), HtmlReport.write(report), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("diff.json"), JsonReport.write(report), StandardCharsets.UTF_8);
            getLog().info("enfyra: " + report.steps().size() + " steps, " + report.destructive().size() + " may lose data, "
                    + report.breakingChanges() + " breaking API changes" + (report.confirmHash() == null ? ""
                    : "; confirm hash " + report.confirmHash()));
            getLog().info("enfyra: report in " + SnapshotInput.display(dir.resolve("diff.md"), basedir.toPath())
                    + " (also diff.html, diff.json)");
        } catch (IOException e) {
            throw new MojoExecutionException("enfyra: cannot read schema files or write the report: " + e.getMessage(), e);
        }
    }

    /**
     * Without a project Maven's stand-in project has no interpolated build directory, so the
     * report goes to {@code target/enfyra} under the working directory.
     */
    private Path reportDirectory() {
        if (reportDirectory != null) {
            return reportDirectory.toPath();
        }
        String build = project == null ? null : project.getBuild().getDirectory();
        Path target = build == null || build.contains("${") ? basedir.toPath().resolve("target") : Path.of(build);
        return target.resolve("enfyra");
    }

    private DiffReport againstHistory() throws IOException {
        MigrationFiles migrations = new MigrationFiles(schemaDir, migrationsDir, basedir);
        Result<Migrations.Pending> result = migrations.pending();
        Migrations.Pending pending = result.value();
        String command = pending.isEmpty() || result.hasErrors() ? null
                : MigrationFiles.command(pending.suggestedName(), pending.confirmHash());
        return DiffReport.of("the recorded migrations in " + migrations.displayDir(),
                SnapshotInput.display(schemaDir.toPath().resolve(SnapshotInput.SNAPSHOT), basedir.toPath()), pending,
                ApiSurface.of(pending.diff().before(), NamingStrategy.DEFAULT),
                ApiSurface.of(pending.diff().after(), NamingStrategy.DEFAULT), result.diagnostics(), command);
    }

    private DiffReport betweenFiles() throws IOException, MojoFailureException {
        if (from == null || to == null) {
            throw new MojoFailureException("enfyra: give both -Denfyra.from=SNAPSHOT and -Denfyra.to=SNAPSHOT, or neither");
        }
        Path base = basedir.toPath();
        Result<Frontend.Compiled> before = Frontend.read(SnapshotInput.read(from.toPath(), base), NamingStrategy.DEFAULT, Optional.empty());
        Result<Frontend.Compiled> after = Frontend.read(input(to.toPath(), base), NamingStrategy.DEFAULT,
                Optional.of(before.value().schema()));
        PhysicalSchema start = PhysicalSchemas.derive(before.value().schema());
        Result<Migrations.Pending> result = Migrations.between(start, start.hash(), 1, after.value().schema(),
                after.value().snapshot().hints(), SnapshotInput.display(to.toPath(), base));
        java.util.List<dev.enfyra.codegen.diag.Diagnostic> all = new java.util.ArrayList<>(before.diagnostics());
        all.addAll(after.diagnostics());
        all.addAll(result.diagnostics());
        return DiffReport.of(SnapshotInput.display(from.toPath(), base), SnapshotInput.display(to.toPath(), base), result.value(),
                ApiSurface.of(before.value().schema(), NamingStrategy.DEFAULT),
                ApiSurface.of(after.value().schema(), NamingStrategy.DEFAULT), all.stream().distinct().toList(), null);
    }

    /** {@code snapshot-X.json} takes its hints from {@code snapshot-migration-X.json} when there is one. */
    static SnapshotInput input(Path snapshot, Path base) throws IOException {
        SnapshotInput input = SnapshotInput.read(snapshot, base);
        String fileName = snapshot.getFileName().toString();
        if (fileName.startsWith("snapshot-") && fileName.endsWith(".json")) {
            Path hints = snapshot.toAbsolutePath().resolveSibling("snapshot-migration-" + fileName.substring("snapshot-".length()));
            Optional<SchemaSource> versioned = SchemaSource.readIfExists(hints, SnapshotInput.display(hints, base));
            if (versioned.isPresent()) {
                return new SnapshotInput(input.snapshotName(), input.snapshot(), versioned, input.defaultData(), input.dataMigration());
            }
        }
        return input;
    }
}
