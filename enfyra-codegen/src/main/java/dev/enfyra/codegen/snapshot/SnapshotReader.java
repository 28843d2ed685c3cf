package dev.enfyra.codegen.snapshot;

import dev.enfyra.codegen.diag.DiagnosticCode;
import dev.enfyra.codegen.diag.Diagnostics;
import dev.enfyra.codegen.diag.Origin;
import dev.enfyra.codegen.diag.Result;
import java.util.List;
import java.util.Optional;

/** Entry point of the snapshot stage: JSON text in, {@link Snapshot} and diagnostics out. */
public final class SnapshotReader {

    private SnapshotReader() {
    }

    public static Result<Snapshot> read(SnapshotInput input) {
        Diagnostics diagnostics = new Diagnostics();
        RawSnapshot schema = input.snapshot()
                .flatMap(src -> JsonTreeReader.read(src.name(), src.text(), diagnostics)
                        .map(json -> new SnapshotParser(diagnostics).parse(src.name(), json)))
                .orElse(new RawSnapshot(input.snapshotName(), List.of()));
        if (input.snapshot().isEmpty()) {
            diagnostics.report(DiagnosticCode.FILE_NOT_FOUND, Origin.ofFile(input.snapshotName()), "schema file not found")
                    .expected("a snapshot.json file (tables keyed by name)")
                    .hint("create src/main/enfyra/snapshot.json, or point -Denfyra.snapshot=PATH at an existing one")
                    .add();
        }
        RawHints hints = parse(input.hints(), diagnostics,
                (file, json) -> new HintsParser(diagnostics).parse(file, json))
                .orElse(RawHints.empty(SnapshotInput.HINTS));
        RawData defaultData = parse(input.defaultData(), diagnostics,
                (file, json) -> new DataParser(diagnostics).parse(file, json, false))
                .orElse(RawData.empty(SnapshotInput.DEFAULT_DATA));
        RawData dataMigration = parse(input.dataMigration(), diagnostics,
                (file, json) -> new DataParser(diagnostics).parse(file, json, true))
                .orElse(RawData.empty(SnapshotInput.DATA_MIGRATION));
        return new Result<>(new Snapshot(schema, hints, defaultData, dataMigration), diagnostics.sorted());
    }

    private static <T> Optional<T> parse(Optional<SchemaSource> source, Diagnostics diagnostics,
            java.util.function.BiFunction<String, JsonValue, T> parser) {
        return source.flatMap(src -> JsonTreeReader.read(src.name(), src.text(), diagnostics)
                .map(json -> parser.apply(src.name(), json)));
    }
}
