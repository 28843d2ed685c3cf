package dev.enfyra.maven;

import dev.enfyra.codegen.Frontend;
import dev.enfyra.codegen.diag.Result;
import dev.enfyra.codegen.model.NamingStrategy;
import dev.enfyra.codegen.model.Schema;
import dev.enfyra.codegen.snapshot.SnapshotInput;
import java.io.File;
import java.io.IOException;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the schema files and prints every problem, compiler-style. Works inside a project
 * and without one: {@code mvn dev.enfyra:enfyra-maven-plugin:VERSION:validate -Denfyra.snapshot=PATH}.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, requiresProject = false, threadSafe = true)
public class ValidateMojo extends AbstractMojo {

    /** The snapshot; its siblings snapshot-migration.json, default-data.json and data-migration.json are read when present. */
    @Parameter(property = "enfyra.snapshot", defaultValue = "${basedir}/src/main/enfyra/snapshot.json")
    File snapshot;

    /** The schema before this change, to check snapshot-migration.json hints against both versions. */
    @Parameter(property = "enfyra.previous")
    File previous;

    /** {@code text} (default) or {@code json}: JSON goes to standard output, for tools. */
    @Parameter(property = "enfyra.diagnostics", defaultValue = "text")
    String diagnostics;

    /** Where to also write the diagnostics as JSON, whatever the output format. */
    @Parameter(property = "enfyra.diagnosticsFile")
    File diagnosticsFile;

    @Parameter(defaultValue = "${basedir}", readonly = true)
    File basedir;

    @Parameter(property = "enfyra.skip", defaultValue = "false")
    boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("enfyra: validate skipped (enfyra.skip=true)");
            return;
        }
        Output output = new Output(getLog(), diagnostics);
        try {
            Optional<Schema> before = Optional.empty();
            if (previous != null) {
                before = Optional.of(Frontend.compile(SnapshotInput.read(previous.toPath(), basedir.toPath())).value());
            }
            Result<Schema> result = Frontend.compile(SnapshotInput.read(snapshot.toPath(), basedir.toPath()),
                    NamingStrategy.DEFAULT, before);
            output.print(result.diagnostics(), diagnosticsFile);
            if (result.hasErrors()) {
                throw new MojoFailureException("enfyra: " + snapshot + " has errors (" + output.summary(result.diagnostics()) + ")");
            }
            getLog().info("enfyra: " + result.value().tables().size() + " tables valid in " + snapshot);
        } catch (IOException e) {
            throw new MojoExecutionException("enfyra: cannot read schema files: " + e.getMessage(), e);
        }
    }
}
