package dev.enfyra.codegen;

import dev.enfyra.codegen.diag.Diagnostic;
import dev.enfyra.codegen.diag.Result;
import dev.enfyra.codegen.emit.EmitOptions;
import dev.enfyra.codegen.emit.GeneratedFile;
import dev.enfyra.codegen.emit.GenerationProgress;
import dev.enfyra.codegen.emit.Generator;
import dev.enfyra.codegen.emit.MigrationSource;
import dev.enfyra.codegen.emit.TypeNameCheck;
import dev.enfyra.codegen.model.NamingStrategy;
import dev.enfyra.codegen.model.Schema;
import dev.enfyra.codegen.snapshot.SnapshotInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The whole compiler in one call, for the Maven goals and tests: front end, then, when there is
 * no error, the emitters. Diagnostics (warnings included) come back either way.
 */
public final class Compiler {

    private Compiler() {
    }

    /** The generated files, or an empty list when the schema has errors (see the diagnostics). */
    public static Result<List<GeneratedFile>> generate(SnapshotInput input, EmitOptions options, NamingStrategy naming,
            GenerationProgress progress) {
        Result<Schema> schema = Frontend.compile(input, naming, Optional.empty());
        if (schema.hasErrors()) {
            return new Result<>(List.of(), schema.diagnostics());
        }
        Result<List<GeneratedFile>> emitted = emit(schema.value(), options, naming, progress, List.of(), input.snapshotName());
        List<Diagnostic> all = new ArrayList<>(schema.diagnostics());
        all.addAll(emitted.diagnostics());
        return new Result<>(emitted.value(), all);
    }

    /**
     * The emitters over a compiled schema and its recorded migrations (in version order), or an
     * empty list when generated type names would clash.
     */
    public static Result<List<GeneratedFile>> emit(Schema schema, EmitOptions options, NamingStrategy naming,
            GenerationProgress progress, List<MigrationSource> migrations, String snapshotName) {
        List<Diagnostic> clashes = TypeNameCheck.check(schema, options, snapshotName);
        if (!clashes.isEmpty()) {
            return new Result<>(List.of(), clashes);
        }
        return new Result<>(new Generator(schema, options, naming, migrations).generate(progress), List.of());
    }
}
