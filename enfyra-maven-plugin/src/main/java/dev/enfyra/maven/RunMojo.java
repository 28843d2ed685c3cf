package dev.enfyra.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Builds the project (up to process-classes) and starts the generated backend in a new JVM,
 * from the project folder, until it is stopped (Ctrl+C). Settings come from application.yaml
 * and ENFYRA_* environment variables, as with {@code java -jar}.
 */
@Mojo(name = "run", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.PROCESS_CLASSES)
public class RunMojo extends AbstractMojo {

    static final String MAIN = "dev.enfyra.runtime.app.Main";

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    /** Extra JVM options, e.g. {@code -Xmx512m}. */
    @Parameter(property = "enfyra.jvmArgs")
    String jvmArgs;

    @Override
    public void execute() throws MojoExecutionException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (jvmArgs != null && !jvmArgs.isBlank()) {
            command.addAll(List.of(jvmArgs.trim().split("\\s+")));
        }
        command.add("-cp");
        command.add(classpath());
        command.add(MAIN);
        getLog().info("enfyra: starting " + project.getArtifactId() + " (stop it with Ctrl+C)");
        try {
            Process process = new ProcessBuilder(command).directory(project.getBasedir()).inheritIO().start();
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
            int exit = process.waitFor();
            if (exit != 0 && exit != 130 && exit != 143) {
                throw new MojoExecutionException("enfyra: the backend stopped with exit code " + exit);
            }
        } catch (IOException e) {
            throw new MojoExecutionException("enfyra: cannot start java: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String classpath() throws MojoExecutionException {
        try {
            return String.join(File.pathSeparator, project.getRuntimeClasspathElements());
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("enfyra: dependencies are not resolved: " + e.getMessage(), e);
        }
    }
}
