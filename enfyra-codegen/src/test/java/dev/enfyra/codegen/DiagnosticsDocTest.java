package dev.enfyra.codegen;

import dev.enfyra.codegen.diag.DiagnosticCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/diagnostics.md} is written from the codes and their golden cases, so every
 * example in it is real output; this test fails when the page is out of date.
 */
class DiagnosticsDocTest {

    private static final Path DOC = Path.of("../docs/diagnostics.md");
    private static final String CASES_LINK = "../enfyra-codegen/src/test/resources/diagnostics/";

    @Test
    void pageListsEveryCodeWithItsRealOutput() throws IOException {
        Golden.check(DOC, page());
    }

    private static String page() throws IOException {
        StringBuilder md = new StringBuilder("""
                # Diagnostics reference

                Every problem the compiler finds in the schema files has a stable code. All problems are
                reported in one run, compiler-style:

                ```
                FILE:LINE:COLUMN: SEVERITY CODE: MESSAGE (at JSON-POINTER)
                    found:    what the file says
                    expected: what would be valid
                    hint:     the fix
                ```

                Errors fail the build; warnings do not. `-Denfyra.diagnostics=json` prints the same
                diagnostics as JSON on standard output (`-Denfyra.diagnosticsFile=PATH` also writes them to a
                file): `{"errors": n, "warnings": n, "diagnostics": [{"code", "severity", "file", "pointer",
                "line", "column", "message", "found", "expected", "hint"}]}`.

                Codes: `ENF-S…` schema (`snapshot.json`), `ENF-M…` migration hints (`snapshot-migration.json`)
                and changes a migration cannot make without one, `ENF-H…` recorded migrations
                (`migrations/NNNN_name.json`), `ENF-C…` changes that may lose data (confirmed with the confirm
                hash, see [migrations.md](migrations.md)), `ENF-D…` data files (`default-data.json`,
                `data-migration.json`). A code is never reused.
                This page is generated from the test cases under
                [`enfyra-codegen/src/test/resources/diagnostics/`](%s): each example below is the exact
                output for the files in its case folder.

                | code | severity | meaning |
                |---|---|---|
                """.formatted(CASES_LINK));
        for (DiagnosticCode code : DiagnosticCode.values()) {
            md.append("| [").append(code.id()).append("](#").append(code.id().toLowerCase()).append(") | ")
                    .append(code.severity().label()).append(" | ").append(code.title()).append(" |\n");
        }
        List<Path> cases = DiagnosticCasesTest.caseFolders();
        for (DiagnosticCode code : DiagnosticCode.values()) {
            md.append("\n## ").append(code.id()).append("\n\n")
                    .append("**").append(code.title()).append("** (").append(code.severity().label()).append(")\n");
            String prefix = code.id().substring(4) + "-";
            for (Path dir : cases.stream().filter(d -> d.getFileName().toString().startsWith(prefix)).toList()) {
                String name = dir.getFileName().toString();
                md.append("\nExample [`").append(name).append("`](").append(CASES_LINK).append(name).append("/):\n\n```\n")
                        .append(Files.readString(dir.resolve("expected.txt"), StandardCharsets.UTF_8)).append("```\n");
            }
        }
        return md.toString();
    }
}
