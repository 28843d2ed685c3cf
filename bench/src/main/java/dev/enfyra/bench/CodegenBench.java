package dev.enfyra.bench;

import dev.enfyra.codegen.Frontend;
import dev.enfyra.codegen.diag.Result;
import dev.enfyra.codegen.emit.EmitOptions;
import dev.enfyra.codegen.emit.GeneratedFile;
import dev.enfyra.codegen.emit.Generator;
import dev.enfyra.codegen.model.NamingStrategy;
import dev.enfyra.codegen.model.Schema;
import dev.enfyra.codegen.snapshot.SchemaSource;
import dev.enfyra.codegen.snapshot.SnapshotInput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * What the {@code generate} goal does for a schema: front end (read + check + normalize) then
 * emit, in process, after warm-up, median of several runs for 500, 1,000 and 2,000 tables. The
 * baseline, measured in the same run, is the floor of any emitter: materialising the very same
 * characters as UTF-8 bytes (a copy into a {@code StringBuilder}, then encoding), which writing
 * the files needs anyway. Then, separately, javac of the 1,000-table output (written to a temp
 * folder, compiled with the system compiler against this program's classpath), a first run in
 * this JVM and a warm one. Arguments: table counts (default 500 1000 2000); {@code --no-javac}
 * skips the javac part.
 */
public final class CodegenBench {

    private static final int RUNS = 7;
    private static final int JAVAC_TABLES = 1000;
    private static final EmitOptions OPTIONS = EmitOptions.of("bench.gen");

    public static void main(String[] args) throws Exception {
        boolean javac = !Arrays.asList(args).contains("--no-javac");
        int[] sizes = Arrays.stream(args).filter(a -> !a.startsWith("--")).mapToInt(Integer::parseInt).toArray();
        if (sizes.length == 0) {
            sizes = new int[] {500, 1000, 2000};
        }
        warmUp();
        System.out.printf(Locale.ROOT, "%8s %13s %12s %10s %7s %7s %10s %9s %10s%n",
                "tables", "front end ms", "generate ms", "total ms", "files", "MB", "bytes ms", "ratio", "µs/table");
        for (int n : sizes) {
            String json = SyntheticSnapshot.json(n);
            double[] frontEnd = new double[RUNS];
            double[] generate = new double[RUNS];
            double[] total = new double[RUNS];
            List<GeneratedFile> files = null;
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                Schema schema = frontEnd(json, n);
                long mid = System.nanoTime();
                files = generate(schema, n);
                long end = System.nanoTime();
                frontEnd[i] = (mid - start) / 1e6;
                generate[i] = (end - mid) / 1e6;
                total[i] = (end - start) / 1e6;
            }
            List<GeneratedFile> output = files;
            double baseline = median(() -> bytes(output));
            double mb = bytes(output) / 1e6;
            double totalMs = median(total);
            System.out.printf(Locale.ROOT, "%8d %13.1f %12.1f %10.1f %7d %7.1f %10.1f %8.0fx %10.1f%n",
                    n, median(frontEnd), median(generate), totalMs, output.size(), mb, baseline, totalMs / baseline, totalMs * 1000 / n);
        }
        if (javac) {
            javac();
        }
    }

    private static void warmUp() {
        String json = SyntheticSnapshot.json(1000);
        long until = System.nanoTime() + 5_000_000_000L;
        // At least 5 s and at least 10 rounds: a round of 1,000 tables takes most of a second.
        for (int round = 0; round < 10 || System.nanoTime() < until; round++) {
            bytes(generate(frontEnd(json, 1000), 1000));
        }
    }

    private static Schema frontEnd(String json, int n) {
        Result<Schema> result = Frontend.compile(SnapshotInput.of(new SchemaSource("snapshot.json", json)));
        if (result.hasErrors() || result.value().tables().size() != n) {
            throw new IllegalStateException("synthetic snapshot did not compile cleanly: " + result.errors());
        }
        return result.value();
    }

    private static List<GeneratedFile> generate(Schema schema, int n) {
        List<GeneratedFile> files = new Generator(schema, OPTIONS, NamingStrategy.DEFAULT).generate();
        if (files.size() < n) {
            throw new IllegalStateException("expected at least a file per table, got " + files.size());
        }
        return files;
    }

    /** The baseline: the same characters copied and encoded to UTF-8; returns the byte count. */
    private static long bytes(List<GeneratedFile> files) {
        long total = 0;
        for (GeneratedFile file : files) {
            String copy = new StringBuilder(file.content().length()).append(file.content()).toString();
            total += copy.getBytes(StandardCharsets.UTF_8).length;
        }
        return total;
    }

    // ---- javac of the generated output ------------------------------------------------------------

    private static void javac() throws IOException {
        List<GeneratedFile> files = generate(frontEnd(SyntheticSnapshot.json(JAVAC_TABLES), JAVAC_TABLES), JAVAC_TABLES);
        Path root = Files.createTempDirectory("enfyra-codegen-bench");
        try {
            Path src = root.resolve("src");
            List<Path> sources = new ArrayList<>();
            for (GeneratedFile file : files) {
                Path path = src.resolve(file.path());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.content());
                if (file.path().endsWith(".java")) { // not the GraphQL schema or the OpenAPI document
                    sources.add(path);
                }
            }
            System.out.printf(Locale.ROOT, "%njavac --release 21 of the %,d-table output (%,d Java files of %,d, %.1f MB) in %s%n",
                    JAVAC_TABLES, sources.size(), files.size(), bytes(files) / 1e6, root);
            System.out.printf(Locale.ROOT, "%8s %10s %10s%n", "run", "seconds", "files/s");
            for (String run : new String[] {"first", "warm"}) {
                double seconds = compile(sources, root.resolve("classes-" + run));
                System.out.printf(Locale.ROOT, "%8s %10.2f %10.0f%n", run, seconds, sources.size() / seconds);
            }
        } finally {
            delete(root);
        }
    }

    private static double compile(List<Path> sources, Path out) throws IOException {
        Files.createDirectories(out);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("no system Java compiler: run on a JDK, not a JRE");
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        long start = System.nanoTime();
        boolean ok;
        try (StandardJavaFileManager manager = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            List<String> options = List.of("--release", "21", "-proc:none", "-d", out.toString(),
                    "-classpath", System.getProperty("java.class.path"));
            ok = javac.getTask(null, manager, diagnostics, options, null, manager.getJavaFileObjectsFromPaths(sources)).call();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!ok) {
            StringBuilder message = new StringBuilder("generated code does not compile:\n");
            diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR).limit(20)
                    .forEach(d -> message.append(d).append('\n'));
            throw new IllegalStateException(message.toString());
        }
        return seconds;
    }

    private static void delete(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    // ---- timing ------------------------------------------------------------------------------------

    private interface Work {
        Object run() throws Exception;
    }

    private static double median(Work work) throws Exception {
        double[] ms = new double[RUNS];
        for (int i = 0; i < ms.length; i++) {
            long start = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        return median(ms);
    }

    private static double median(double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
