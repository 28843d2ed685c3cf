package dev.enfyra.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.enfyra.codegen.Frontend;
import dev.enfyra.codegen.diag.Result;
import dev.enfyra.codegen.model.Schema;
import dev.enfyra.codegen.snapshot.SchemaSource;
import dev.enfyra.codegen.snapshot.SnapshotInput;
import java.util.Arrays;
import java.util.Locale;

/**
 * Read + check + normalize a synthetic snapshot (the {@code validate} goal's work), in process,
 * after warm-up; next to it, as a baseline, Jackson's plain {@code readTree} of the same text.
 * Prints the median of several runs for 500, 1,000 and 2,000 tables.
 */
public final class FrontendBench {

    private static final ObjectMapper JACKSON = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        int[] sizes = args.length > 0 ? Arrays.stream(args).mapToInt(Integer::parseInt).toArray() : new int[] {500, 1000, 2000};
        warmUp();
        System.out.printf(Locale.ROOT, "%8s %14s %14s %10s %12s%n", "tables", "front end ms", "readTree ms", "ratio", "µs/table");
        for (int n : sizes) {
            String json = SyntheticSnapshot.json(n);
            double frontEnd = median(() -> check(Frontend.compile(SnapshotInput.of(new SchemaSource("snapshot.json", json))), n));
            double baseline = median(() -> JACKSON.readTree(json));
            System.out.printf(Locale.ROOT, "%8d %14.1f %14.1f %9.1fx %12.1f%n", n, frontEnd, baseline, frontEnd / baseline, frontEnd * 1000 / n);
        }
    }

    private static void warmUp() throws Exception {
        String json = SyntheticSnapshot.json(1000);
        long until = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < until) {
            Frontend.compile(SnapshotInput.of(new SchemaSource("snapshot.json", json)));
            JACKSON.readTree(json);
        }
    }

    private static Object check(Result<Schema> result, int n) {
        if (result.hasErrors() || result.value().tables().size() != n) {
            throw new IllegalStateException("synthetic snapshot did not compile cleanly: " + result.errors());
        }
        return result;
    }

    private interface Work {
        Object run() throws Exception;
    }

    private static double median(Work work) throws Exception {
        double[] ms = new double[9];
        for (int i = 0; i < ms.length; i++) {
            long start = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms[ms.length / 2];
    }
}
