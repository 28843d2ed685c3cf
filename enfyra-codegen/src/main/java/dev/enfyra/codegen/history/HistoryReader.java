package dev.enfyra.codegen.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.enfyra.codegen.diag.DiagnosticCode;
import dev.enfyra.codegen.diag.Diagnostics;
import dev.enfyra.codegen.diag.Origin;
import dev.enfyra.codegen.diag.Result;
import dev.enfyra.codegen.json.CanonicalJson;
import dev.enfyra.codegen.json.JsonReader;
import dev.enfyra.codegen.plan.MigrationPlan;
import dev.enfyra.codegen.plan.PlanJson;
import dev.enfyra.codegen.snapshot.SchemaSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Entry point of the history stage: the files of {@code src/main/enfyra/migrations} in, the
 * verified {@link History} out. Each file must parse, carry the version and name of its file
 * name and a checksum that matches its content (an edited file fails the build, named, with how
 * to repair it), and the files must form one chain from {@code "empty"}.
 */
public final class HistoryReader {

    /** {@code 0003_rename_email.json}: four or more digits, then the name. */
    public static final Pattern FILE_NAME = Pattern.compile("(\\d{4,})_([a-z0-9_]+)\\.json");

    private final Diagnostics d = new Diagnostics();

    private HistoryReader() {
    }

    /** Every {@code .json} file of {@code dir} (none when it does not exist), named relative to {@code base}. */
    public static List<SchemaSource> files(Path dir, Path base) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<SchemaSource> out = new ArrayList<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path file : list.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList()) {
                out.add(SchemaSource.read(file, display(file, base)));
            }
        }
        return out;
    }

    public static Result<History> read(List<SchemaSource> sources) {
        HistoryReader reader = new HistoryReader();
        List<MigrationFile> files = new ArrayList<>();
        for (SchemaSource source : sources) {
            reader.file(source).ifPresent(files::add);
        }
        files.sort(Comparator.comparingInt(MigrationFile::version));
        if (!reader.d.hasErrors()) {
            reader.chain(files);
        }
        return new Result<>(reader.d.hasErrors() ? History.EMPTY : new History(files), reader.d.sorted());
    }

    private Optional<MigrationFile> file(SchemaSource source) {
        String path = source.name();
        String fileName = path.substring(path.lastIndexOf('/') + 1);
        Matcher m = FILE_NAME.matcher(fileName);
        if (!m.matches()) {
            invalid(path, "", "file name \"" + fileName + "\" is not NNNN_name.json",
                    "a name like 0002_add_posts.json (a version of four or more digits, _, then lower-case letters, digits and _)",
                    "rename the file, or move it out of the migrations folder if it is not a recorded migration");
            return Optional.empty();
        }
        JsonNode root;
        MigrationPlan plan;
        try {
            root = CanonicalJson.parse(source.text());
            plan = PlanJson.read(JsonReader.root(root));
        } catch (JsonProcessingException e) {
            invalid(path, "", "not valid JSON: " + e.getOriginalMessage(), "the JSON text the tool wrote", repair(path));
            return Optional.empty();
        } catch (JsonReader.FormatException e) {
            invalid(path, e.pointer(), e.getMessage(), "a recorded migration in format 1 (contract/plan-format.md)", repair(path));
            return Optional.empty();
        }
        int version = Integer.parseInt(m.group(1));
        if (plan.version() != version || !plan.name().equals(m.group(2))) {
            invalid(path, "/version", "the file records migration " + plan.version() + " \"" + plan.name() + "\"",
                    "version " + version + " and name \"" + m.group(2) + "\", as in the file name", repair(path));
            return Optional.empty();
        }
        return verified(path, source.text(), root, plan);
    }

    private Optional<MigrationFile> verified(String path, String text, JsonNode root, MigrationPlan plan) {
        String checksum = PlanJson.checksum(root);
        if (!checksum.equals(plan.checksum())) {
            d.report(DiagnosticCode.MIGRATION_EDITED, new Origin(path, "/checksum", 0, 0),
                            path + " was changed after it was recorded: its checksum no longer matches its content")
                    .found("content that hashes to " + checksum)
                    .expected("checksum " + plan.checksum() + ", as recorded")
                    .hint(repair(path))
                    .add();
            return Optional.empty();
        }
        String to = plan.schema().hash();
        if (!to.equals(plan.to())) {
            invalid(path, "/to", "\"to\" is not the hash of the recorded \"schema\"", "\"to\": \"" + to + "\"", repair(path));
            return Optional.empty();
        }
        String confirm = plan.destructive().isEmpty() ? null : PlanJson.confirmHash(plan.from(), plan.steps(), plan.destructive());
        boolean stepsExist = plan.destructive().stream().allMatch(x -> x.step() >= 0 && x.step() < plan.steps().size());
        if (!stepsExist || !java.util.Objects.equals(confirm, plan.confirmHash())) {
            invalid(path, "/confirmHash", "\"confirmHash\" does not match the destructive steps it confirms",
                    confirm == null ? "no confirmHash" : "\"confirmHash\": \"" + confirm + "\"", repair(path));
            return Optional.empty();
        }
        return Optional.of(new MigrationFile(path, text, plan));
    }

    private void chain(List<MigrationFile> files) {
        String previous = MigrationPlan.EMPTY;
        for (int i = 0; i < files.size(); i++) {
            MigrationFile file = files.get(i);
            if (file.version() != i + 1) {
                d.report(DiagnosticCode.MIGRATION_OUT_OF_ORDER, Origin.ofFile(file.path()), "migration " + file.version()
                                + (i > 0 && files.get(i - 1).version() == file.version() ? " is recorded twice" : " follows " + i
                                + " (versions count up from 1 without gaps)"))
                        .found("version " + file.version())
                        .expected("version " + (i + 1))
                        .hint("restore the missing or duplicated file from version control; two branches that each recorded a"
                                + " migration must be merged by deleting the later one and recording it again")
                        .add();
                return;
            }
            if (!file.plan().from().equals(previous)) {
                d.report(DiagnosticCode.MIGRATION_OUT_OF_ORDER, new Origin(file.path(), "/from", 0, 0), file.path()
                                + " starts from a schema that is not where the migration before it ends")
                        .found("\"from\": \"" + file.plan().from() + "\"")
                        .expected("\"from\": \"" + previous + "\"" + (i == 0 ? " (the first migration starts from nothing)" : ""))
                        .hint("it was recorded against another history (another branch?): delete it, merge snapshot.json,"
                                + " and let the build record the change again")
                        .add();
                return;
            }
            previous = file.plan().to();
        }
    }

    private void invalid(String path, String pointer, String message, String expected, String hint) {
        d.report(DiagnosticCode.MIGRATION_INVALID, new Origin(path, pointer, 0, 0), path + ": " + message)
                .expected(expected)
                .hint(hint)
                .add();
    }

    /** How to repair a recorded file that was changed. */
    static String repair(String path) {
        return "restore it as it was recorded (git checkout -- " + path + "). A recorded migration is never edited: change"
                + " snapshot.json and let the build record a new one. If no database has applied it yet, you may instead delete"
                + " it (and every later one) and build again to record the change anew";
    }

    private static String display(Path file, Path base) {
        Path absolute = file.toAbsolutePath().normalize();
        Path root = base.toAbsolutePath().normalize();
        return (absolute.startsWith(root) ? root.relativize(absolute) : absolute).toString().replace('\\', '/');
    }
}
