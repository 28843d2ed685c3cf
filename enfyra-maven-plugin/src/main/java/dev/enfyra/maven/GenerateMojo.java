package dev.enfyra.maven;

import dev.enfyra.codegen.Compiler;
import dev.enfyra.codegen.Migrations;
import dev.enfyra.codegen.diag.Result;
import dev.enfyra.codegen.emit.EmitOptions;
import dev.enfyra.codegen.emit.GeneratedFile;
import dev.enfyra.codegen.model.NamingStrategy;
import dev.enfyra.codegen.output.Fingerprint;
import dev.enfyra.codegen.output.OutputWriter;
import dev.enfyra.codegen.snapshot.SnapshotInput;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Generates the typed Java code of the schema in {@code src/main/enfyra/} into
 * {@code target/generated-sources/enfyra/} and adds that folder to the compile sources.
 * First it compares {@code snapshot.json} with the recorded migrations: changes that cannot lose
 * data are recorded as the next {@code migrations/NNNN_name.json}; changes that may are refused
 * with their confirm hash and the {@code enfyra:migration} command that records them; in CI mode
 * nothing is written and any unrecorded change fails (docs/migrations.md). Skips the work when
 * the schema files, the migrations, the settings and the plugin version are unchanged.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends AbstractMojo {

    /** The folder holding snapshot.json and its sibling files. */
    @Parameter(property = "enfyra.schemaDir", defaultValue = "${project.basedir}/src/main/enfyra")
    File schemaDir;

    @Parameter(property = "enfyra.outputDirectory", defaultValue = "${project.build.directory}/generated-sources/enfyra")
    File outputDirectory;

    /** The Java package of the generated code; by default the project's groupId. */
    @Parameter(property = "enfyra.package", defaultValue = "${project.groupId}")
    String basePackage;

    /** The class that holds the schema model and a TableRef per table. */
    @Parameter(property = "enfyra.schemaClass", defaultValue = EmitOptions.DEFAULT_SCHEMA_CLASS)
    String schemaClass;

    /** The class the runtime starts (with {@code server}). */
    @Parameter(property = "enfyra.applicationClass", defaultValue = EmitOptions.DEFAULT_APPLICATION_CLASS)
    String applicationClass;

    /**
     * Also generate the server side (a REST resource per table, the application class); the
     * project then needs enfyra-runtime. Off for code that only queries a backend.
     */
    @Parameter(property = "enfyra.server", defaultValue = "true")
    boolean server;

    /** Where non-Java generated files go (the service registration), added to the resources. */
    @Parameter(property = "enfyra.resourcesDirectory", defaultValue = "${project.build.directory}/generated-resources/enfyra")
    File resourcesDirectory;

    /** {@code text} (default) or {@code json} (on standard output). */
    @Parameter(property = "enfyra.diagnostics", defaultValue = "text")
    String diagnostics;

    /** Generate even when nothing changed. */
    @Parameter(property = "enfyra.force", defaultValue = "false")
    boolean force;

    @Parameter(property = "enfyra.skip", defaultValue = "false")
    boolean skip;

    /** The recorded migrations; by default {@code migrations/} next to snapshot.json. */
    @Parameter(property = "enfyra.migrationsDir")
    File migrationsDir;

    /**
     * CI mode: nothing is written, and changes not recorded yet fail the build. Default: on when
     * the {@code CI} environment variable is {@code true}. (With {@code server} off, migrations
     * are neither recorded nor checked: they belong to the backend.)
     */
    @Parameter(property = "enfyra.ci")
    Boolean ci;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    PluginDescriptor plugin;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("enfyra: generate skipped (enfyra.skip=true)");
            return;
        }
        Output output = new Output(getLog(), diagnostics);
        EmitOptions options = options();
        Path out = outputDirectory.toPath();
        Path resources = resourcesDirectory.toPath();
        project.addCompileSourceRoot(out.toString());
        Resource resource = new Resource();
        resource.setDirectory(resources.toString());
        project.addResource(resource);
        try {
            Path stamp = Path.of(project.getBuild().getDirectory(), "enfyra", "generate.fingerprint");
            List<String> settings = new java.util.ArrayList<>(List.of(plugin.getVersion(), options.basePackage(),
                    options.schemaClassName(), options.applicationClassName(), Boolean.toString(options.server())));
            settings.addAll(toolJars());
            MigrationFiles migrations = new MigrationFiles(schemaDir, migrationsDir, project.getBasedir());
            String fingerprint = fingerprint(settings, migrations);
            if (!force && Files.isDirectory(out) && Files.isRegularFile(stamp)
                    && Files.readString(stamp, StandardCharsets.UTF_8).equals(fingerprint)) {
                getLog().info("enfyra: schema, settings and plugin unchanged since the last run; generation skipped");
                return;
            }
            Result<List<GeneratedFile>> result = generate(options, output, migrations);
            fingerprint = fingerprint(settings, migrations);
            List<GeneratedFile> sources = new java.util.ArrayList<>(result.value().stream().filter(f -> f.path().endsWith(".java")).toList());
            // The GraphQL schema also lies next to the sources, where people and tools look for it.
            result.value().stream().filter(f -> f.path().endsWith(".graphqls"))
                    .forEach(f -> sources.add(new GeneratedFile(f.path().substring(f.path().lastIndexOf('/') + 1), f.content())));
            List<GeneratedFile> other = new java.util.ArrayList<>(result.value().stream().filter(f -> !f.path().endsWith(".java")).toList());
            Path seed = schemaDir.toPath().resolve(SnapshotInput.DEFAULT_DATA);
            if (server && Files.isRegularFile(seed)) {
                // Packaged for the runtime, which seeds it on first start.
                other.add(new GeneratedFile("META-INF/enfyra/default-data.json", Files.readString(seed, StandardCharsets.UTF_8)));
            }
            Path dataMigration = schemaDir.toPath().resolve(SnapshotInput.DATA_MIGRATION);
            if (server && Files.isRegularFile(dataMigration)) {
                // Packaged for the runtime, which applies it after the migrations.
                other.add(new GeneratedFile("META-INF/enfyra/data-migration.json", Files.readString(dataMigration, StandardCharsets.UTF_8)));
            }
            OutputWriter.Summary summary = OutputWriter.write(out, sources);
            OutputWriter.write(resources, other);
            Files.createDirectories(stamp.getParent());
            Files.writeString(stamp, fingerprint, StandardCharsets.UTF_8);
            getLog().info(String.format(Locale.ROOT, "enfyra: %d files in %s (%d written, %d unchanged, %d deleted)",
                    sources.size(), project.getBasedir().toPath().relativize(out), summary.written(),
                    summary.unchanged(), summary.deleted()));
        } catch (IOException e) {
            throw new MojoExecutionException("enfyra: cannot read the schema or write generated code: " + e.getMessage(), e);
        }
    }

    /** Schema files, settings, and the migrations folder when it lies outside the schema folder. */
    private String fingerprint(List<String> settings, MigrationFiles migrations) throws IOException {
        List<String> all = new java.util.ArrayList<>(settings);
        if (!migrations.dir().toAbsolutePath().normalize().startsWith(schemaDir.toPath().toAbsolutePath().normalize())) {
            all.add(Fingerprint.of(migrations.dir(), List.of()));
        }
        return Fingerprint.of(schemaDir.toPath(), all);
    }

    private Result<List<GeneratedFile>> generate(EmitOptions options, Output output, MigrationFiles migrations)
            throws IOException, MojoExecutionException, MojoFailureException {
        String snapshot = SnapshotInput.display(schemaDir.toPath().resolve(SnapshotInput.SNAPSHOT), project.getBasedir().toPath());
        if (!server) {
            // Client code queries a backend; the database and its migrations belong to the backend.
            Result<List<GeneratedFile>> result = Compiler.generate(SnapshotInput.read(schemaDir.toPath().resolve(SnapshotInput.SNAPSHOT),
                    project.getBasedir().toPath()), options, NamingStrategy.DEFAULT, new Progress(getLog()));
            output.print(result.diagnostics(), null);
            if (result.hasErrors()) {
                throw new MojoFailureException("enfyra: " + snapshot + " has errors ("
                        + output.summary(result.diagnostics()) + "); nothing was generated");
            }
            return result;
        }
        Result<Migrations.Pending> pending = migrations.pending();
        output.print(MigrationFiles.withoutChecks(pending.diagnostics()), null);
        if (pending.hasErrors()) {
            String where = pending.errors().stream().anyMatch(d -> d.code().id().startsWith("ENF-H"))
                    ? migrations.displayDir() : snapshot;
            throw new MojoFailureException("enfyra: " + where + " has errors ("
                    + output.summary(pending.diagnostics()) + "); nothing was generated");
        }
        if (!pending.value().isEmpty()) {
            record(pending.value(), migrations);
        }
        Result<List<GeneratedFile>> result = Compiler.emit(pending.value().schema(), options, NamingStrategy.DEFAULT,
                new Progress(getLog()), migrations.sources(), snapshot);
        output.print(result.diagnostics(), null);
        if (result.hasErrors()) {
            throw new MojoFailureException("enfyra: " + snapshot + " has errors ("
                    + output.summary(result.diagnostics()) + "); nothing was generated");
        }
        return result;
    }

    /**
     * Records what snapshot.json adds to the recorded migrations, when nothing of it can lose
     * data; refuses otherwise (and always in CI mode), saying what to run.
     */
    private void record(Migrations.Pending pending, MigrationFiles migrations) throws IOException, MojoFailureException {
        String name = pending.suggestedName();
        if (MigrationFiles.ci(ci)) {
            getLog().error("enfyra: snapshot.json has " + MigrationFiles.steps(pending.steps().size()) + " not recorded in "
                    + migrations.displayDir() + " (CI mode: nothing is written):");
            MigrationFiles.preview(getLog(), pending, true);
            throw new MojoFailureException("enfyra: unrecorded schema changes (CI mode). Record them where you develop (mvn "
                    + (pending.isDestructive() ? MigrationFiles.command(name, pending.confirmHash()).substring(4)
                            : "generate-sources") + ") and commit the new file in " + migrations.displayDir());
        }
        if (pending.isDestructive()) {
            getLog().error("enfyra: snapshot.json changes the schema in ways that may lose data; not recorded:");
            MigrationFiles.preview(getLog(), pending, true);
            getLog().error("enfyra: the full report with SQL: mvn enfyra:diff (target/enfyra/diff.md)");
            getLog().error("enfyra: confirm hash: " + pending.confirmHash());
            getLog().error("enfyra: to record it, run: " + MigrationFiles.command(name, pending.confirmHash()));
            throw new MojoFailureException("enfyra: destructive " + MigrationFiles.steps(pending.destructive().size()) + " to confirm: run "
                    + MigrationFiles.command(name, pending.confirmHash()));
        }
        String written = migrations.write(pending.record(name));
        getLog().info("enfyra: recorded " + written + " (" + MigrationFiles.steps(pending.steps().size()) + "):");
        MigrationFiles.preview(getLog(), pending, false);
    }

    /**
     * The plugin's own jars, by size and date: a SNAPSHOT keeps its version string while its code
     * changes, and a changed generator must generate again.
     */
    private List<String> toolJars() {
        List<String> jars = new java.util.ArrayList<>();
        for (org.apache.maven.artifact.Artifact a : plugin.getArtifacts()) {
            if (a.getGroupId().equals("dev.enfyra") && a.getFile() != null) {
                jars.add(a.getArtifactId() + ":" + a.getFile().length() + ":" + a.getFile().lastModified());
            }
        }
        if (plugin.getPluginArtifact() != null && plugin.getPluginArtifact().getFile() != null) {
            File self = plugin.getPluginArtifact().getFile();
            jars.add("plugin:" + self.length() + ":" + self.lastModified());
        }
        java.util.Collections.sort(jars);
        return jars;
    }

    private EmitOptions options() throws MojoExecutionException {
        try {
            return new EmitOptions(packageName(basePackage), schemaClass, applicationClass, server);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("enfyra: " + e.getMessage());
        }
    }

    /** A groupId like {@code com.example-shop} becomes the package {@code com.example_shop}. */
    static String packageName(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_.]", "_").replaceAll("(^|\\.)([0-9])", "$1_$2");
    }
}
