package dev.enfyra.codegen;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.enfyra.codegen.diag.Diagnostic;
import dev.enfyra.codegen.diag.DiagnosticCode;
import dev.enfyra.codegen.diag.Diagnostics;
import dev.enfyra.codegen.history.HistoryReader;
import dev.enfyra.codegen.physical.PhysicalSchema;
import dev.enfyra.codegen.physical.PhysicalSchemas;
import dev.enfyra.codegen.diag.DiagnosticPrinter;
import dev.enfyra.codegen.diag.Result;
import dev.enfyra.codegen.model.NamingStrategy;
import dev.enfyra.codegen.model.Schema;
import dev.enfyra.codegen.snapshot.SnapshotInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * One folder per case under {@code src/test/resources/diagnostics}: the schema files and
 * {@code expected.txt}, the diagnostics exactly as {@code validate} prints them. A folder named
 * after a code ({@code S012-…}) must produce that code; every code has at least one case. A
 * case with {@code previous.json} (the schema before) or a {@code migrations/} folder (the
 * recorded history) also runs the migration stages against it, as {@code generate} does.
 */
class DiagnosticCasesTest {

    static final Path CASES = Path.of("src/test/resources/diagnostics");
    static final String CODE_CASE = "[SMDHC]\\d{3}-.*";

    @TestFactory
    Stream<DynamicTest> everyCaseMatchesItsExpectedOutput() throws IOException {
        return caseFolders().stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
            String printed = DiagnosticPrinter.text(compile(dir).diagnostics());
            Golden.check(dir.resolve("expected.txt"), printed);
            String name = dir.getFileName().toString();
            if (name.matches(CODE_CASE)) {
                String code = "ENF-" + name.substring(0, 4);
                assertTrue(printed.contains(" " + code + ":"), name + " should report " + code + " but printed:\n" + printed);
            }
        }));
    }

    @Test
    void everyCodeHasACase() throws IOException {
        Set<String> covered = caseFolders().stream().map(d -> d.getFileName().toString())
                .filter(n -> n.matches(CODE_CASE)).map(n -> "ENF-" + n.substring(0, 4))
                .collect(Collectors.toCollection(TreeSet::new));
        List<String> missing = Arrays.stream(DiagnosticCode.values()).map(DiagnosticCode::id)
                .filter(id -> !covered.contains(id)).toList();
        assertTrue(missing.isEmpty(), "codes without a case folder: " + missing);
    }

    @Test
    void jsonOutputNamesEveryField() throws IOException {
        String json = DiagnosticPrinter.json(compile(CASES.resolve("S012-unknown-column-type")).diagnostics());
        Golden.check(CASES.resolve("S012-unknown-column-type/expected.json"), json);
    }

    static Result<Schema> compile(Path dir) throws IOException {
        Optional<Schema> previous = Optional.empty();
        if (Files.exists(dir.resolve("previous.json"))) {
            previous = Optional.of(Frontend.compile(SnapshotInput.read(dir.resolve("previous.json"), dir)).value());
        }
        SnapshotInput input = SnapshotInput.read(dir.resolve("snapshot.json"), dir);
        Result<Frontend.Compiled> compiled = Frontend.read(input, NamingStrategy.DEFAULT, previous);
        List<Diagnostic> all = new ArrayList<>(compiled.diagnostics());
        if (Files.isDirectory(dir.resolve("migrations"))) {
            all = new ArrayList<>(Migrations.pending(input, HistoryReader.files(dir.resolve("migrations"), dir),
                    NamingStrategy.DEFAULT).diagnostics());
        } else if (previous.isPresent() && !compiled.hasErrors()) {
            PhysicalSchema before = PhysicalSchemas.derive(previous.get());
            all.addAll(Migrations.between(before, before.hash(), 2, compiled.value().schema(),
                    compiled.value().snapshot().hints(), input.snapshotName()).diagnostics());
        }
        return new Result<>(compiled.value().schema(), all.stream().distinct().sorted(Diagnostics.ORDER).toList());
    }

    static List<Path> caseFolders() throws IOException {
        try (Stream<Path> dirs = Files.list(CASES)) {
            return dirs.filter(Files::isDirectory).sorted().toList();
        }
    }
}
