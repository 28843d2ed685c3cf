package dev.enfyra.maven;

import dev.enfyra.codegen.Migrations;
import dev.enfyra.codegen.diag.Result;
import dev.enfyra.codegen.plan.MigrationPlan;
import java.io.File;
import java.io.IOException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Records what {@code snapshot.json} changes against the recorded migrations as the next
 * {@code migrations/NNNN_name.json}, including changes that may lose data:
 * {@code mvn enfyra:migration -Denfyra.name=NAME -Denfyra.confirm=HASH}. Without the right
 * confirm hash it prints what would be recorded and the hash it needs, and fails.
 */
@Mojo(name = "migration", threadSafe = true)
public class MigrationMojo extends AbstractMojo {

    /** The folder holding snapshot.json and its sibling files. */
    @Parameter(property = "enfyra.schemaDir", defaultValue = "${project.basedir}/src/main/enfyra")
    File schemaDir;

    /** The recorded migrations; by default {@code migrations/} next to snapshot.json. */
    @Parameter(property = "enfyra.migrationsDir")
    File migrationsDir;

    /** The migration's name ({@code [a-z0-9_]+}); by default one made from the changes. */
    @Parameter(property = "enfyra.name")
    String name;

    /** The confirm hash printed for the destructive steps; needed only when there are any. */
    @Parameter(property = "enfyra.confirm")
    String confirm;

    /** CI mode writes nothing: this goal then fails. Default: the {@code CI} environment variable. */
    @Parameter(property = "enfyra.ci")
    Boolean ci;

    /** {@code text} (default) or {@code json}. */
    @Parameter(property = "enfyra.diagnostics", defaultValue = "text")
    String diagnostics;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File basedir;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (MigrationFiles.ci(ci)) {
            throw new MojoFailureException("enfyra: CI mode (CI=true or -Denfyra.ci=true) writes nothing; record migrations"
                    + " where you develop and commit them");
        }
        Output output = new Output(getLog(), diagnostics);
        MigrationFiles migrations = new MigrationFiles(schemaDir, migrationsDir, basedir);
        try {
            Result<Migrations.Pending> result = migrations.pending();
            output.print(MigrationFiles.withoutChecks(result.diagnostics()), null);
            if (result.hasErrors()) {
                throw new MojoFailureException("enfyra: nothing recorded: " + output.summary(result.diagnostics()));
            }
            Migrations.Pending pending = result.value();
            if (pending.isEmpty()) {
                getLog().info("enfyra: nothing to record: snapshot.json matches the recorded migrations in " + migrations.displayDir());
                return;
            }
            String chosen = name == null || name.isBlank() ? pending.suggestedName() : name.trim();
            if (!MigrationPlan.NAME.matcher(chosen).matches()) {
                throw new MojoFailureException("enfyra.name \"" + chosen + "\" is not a migration name: use lower-case letters,"
                        + " digits and _ (like rename_email)");
            }
            if (pending.isDestructive() && !pending.confirmHash().equals(confirm == null ? "" : confirm.trim())) {
                refuse(pending, chosen);
            }
            String written = migrations.write(pending.record(chosen));
            getLog().info("enfyra: recorded " + written + " (" + MigrationFiles.steps(pending.steps().size())
                    + (pending.isDestructive() ? ", " + pending.destructive().size() + " confirmed with " + pending.confirmHash() : "")
                    + "):");
            MigrationFiles.preview(getLog(), pending, false);
        } catch (IOException e) {
            throw new MojoExecutionException("enfyra: cannot read or write migration files: " + e.getMessage(), e);
        }
    }

    private void refuse(Migrations.Pending pending, String chosen) throws MojoFailureException {
        getLog().error("enfyra: " + (confirm == null || confirm.isBlank() ? "no confirm hash given" : "confirm hash "
                + confirm.trim() + " does not match") + "; this migration would be recorded:");
        MigrationFiles.preview(getLog(), pending, true);
        getLog().error("enfyra: confirm hash: " + pending.confirmHash());
        getLog().error("enfyra: to record it, run: " + MigrationFiles.command(chosen, pending.confirmHash()));
        throw new MojoFailureException("enfyra: destructive steps not confirmed; run "
                + MigrationFiles.command(chosen, pending.confirmHash()));
    }
}
