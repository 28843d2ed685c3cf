package dev.enfyra.maven;

import dev.enfyra.codegen.Compiler;
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
 * Skips the work when the schema files, the settings and the plugin version are unchanged.
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
            String fingerprint = Fingerprint.of(schemaDir.toPath(), settings);
            if (!force && Files.isDirectory(out) && Files.isRegularFile(stamp)
                    && Files.readString(stamp, StandardCharsets.UTF_8).equals(fingerprint)) {
                getLog().info("enfyra: schema, settings and plugin unchanged since the last run; generation skipped");
                return;
            }
            Result<List<GeneratedFile>> result = generate(options, output);
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

    private Result<List<GeneratedFile>> generate(EmitOptions options, Output output)
            throws IOException, MojoExecutionException, MojoFailureException {
        Path snapshot = schemaDir.toPath().resolve(SnapshotInput.SNAPSHOT);
        SnapshotInput input = SnapshotInput.read(snapshot, project.getBasedir().toPath());
        Progress progress = new Progress(getLog());
        Result<List<GeneratedFile>> result = Compiler.generate(input, options, NamingStrategy.DEFAULT, progress);
        output.print(result.diagnostics(), null);
        if (result.hasErrors()) {
            throw new MojoFailureException("enfyra: " + input.snapshotName() + " has errors ("
                    + output.summary(result.diagnostics()) + "); nothing was generated");
        }
        return result;
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
