package dev.enfyra.maven;

import dev.enfyra.codegen.diag.Diagnostic;
import dev.enfyra.codegen.diag.DiagnosticPrinter;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;

/** Prints diagnostics for every goal the same way: to the Maven log as text, or JSON on standard output. */
final class Output {

    private final Log log;
    private final boolean json;

    Output(Log log, String format) throws MojoExecutionException {
        this.log = log;
        if (!format.equals("text") && !format.equals("json")) {
            throw new MojoExecutionException("enfyra.diagnostics must be \"text\" or \"json\", not \"" + format + "\"");
        }
        this.json = format.equals("json");
    }

    void print(List<Diagnostic> diagnostics, File jsonFile) throws MojoExecutionException {
        if (json) {
            System.out.print(DiagnosticPrinter.json(diagnostics));
            System.out.flush();
        } else {
            for (Diagnostic d : diagnostics) {
                if (d.isError()) {
                    log.error(DiagnosticPrinter.text(d));
                } else {
                    log.warn(DiagnosticPrinter.text(d));
                }
            }
        }
        if (jsonFile != null) {
            try {
                File parent = jsonFile.getAbsoluteFile().getParentFile();
                Files.createDirectories(parent.toPath());
                Files.writeString(jsonFile.toPath(), DiagnosticPrinter.json(diagnostics), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new MojoExecutionException("enfyra: cannot write " + jsonFile + ": " + e.getMessage(), e);
            }
        }
    }

    String summary(List<Diagnostic> diagnostics) {
        return DiagnosticPrinter.summary(diagnostics);
    }
}
