package dev.enfyra.codegen;

import dev.enfyra.codegen.diag.Diagnostic;
import dev.enfyra.codegen.diag.Diagnostics;
import dev.enfyra.codegen.diag.Result;
import dev.enfyra.codegen.model.NamingStrategy;
import dev.enfyra.codegen.model.Schema;
import dev.enfyra.codegen.model.SchemaNormalizer;
import dev.enfyra.codegen.snapshot.Snapshot;
import dev.enfyra.codegen.snapshot.SnapshotInput;
import dev.enfyra.codegen.snapshot.SnapshotReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The front end in one call: read the schema files, normalize, and return the schema with all
 * diagnostics of both stages. This is what the {@code validate} goal runs.
 */
public final class Frontend {

    private Frontend() {
    }

    public static Result<Schema> compile(SnapshotInput input) {
        return compile(input, NamingStrategy.DEFAULT, Optional.empty());
    }

    public static Result<Schema> compile(SnapshotInput input, NamingStrategy naming, Optional<Schema> previous) {
        Result<Compiled> compiled = read(input, naming, previous);
        return new Result<>(compiled.value().schema(), compiled.diagnostics());
    }

    /** The schema with the files it came from: the migration stages also need the hints. */
    public record Compiled(Snapshot snapshot, Schema schema) {
    }

    public static Result<Compiled> read(SnapshotInput input, NamingStrategy naming, Optional<Schema> previous) {
        Result<Snapshot> read = SnapshotReader.read(input);
        Result<Schema> model = SchemaNormalizer.normalize(read.value(), naming, previous);
        List<Diagnostic> all = new ArrayList<>(read.diagnostics());
        all.addAll(model.diagnostics());
        return new Result<>(new Compiled(read.value(), model.value()), all.stream().distinct().sorted(Diagnostics.ORDER).toList());
    }
}
