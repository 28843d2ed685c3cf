package dev.enfyra.codegen.output;

import dev.enfyra.codegen.emit.GeneratedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes generated files into an output folder that belongs to the generator: files whose
 * content did not change are left untouched (so incremental compilers see no change), and files
 * no longer generated are deleted.
 */
public final class OutputWriter {

    /** What a write did. */
    public record Summary(int written, int unchanged, int deleted) {
    }

    private OutputWriter() {
    }

    public static Summary write(Path outputDir, List<GeneratedFile> files) throws IOException {
        Files.createDirectories(outputDir);
        Set<Path> wanted = new HashSet<>();
        int written = 0;
        int unchanged = 0;
        for (GeneratedFile file : files) {
            Path target = outputDir.resolve(file.path()).normalize();
            if (!target.startsWith(outputDir.normalize())) {
                throw new IllegalArgumentException("generated path escapes the output folder: " + file.path());
            }
            wanted.add(target);
            byte[] bytes = file.content().getBytes(StandardCharsets.UTF_8);
            if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), bytes)) {
                unchanged++;
                continue;
            }
            Files.createDirectories(target.getParent());
            Files.write(target, bytes);
            written++;
        }
        return new Summary(written, unchanged, deleteOthers(outputDir, wanted));
    }

    private static int deleteOthers(Path outputDir, Set<Path> wanted) throws IOException {
        List<Path> stale = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(outputDir)) {
            walk.filter(Files::isRegularFile).filter(p -> !wanted.contains(p.normalize())).forEach(stale::add);
        }
        for (Path file : stale) {
            Files.delete(file);
        }
        List<Path> dirs = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(outputDir)) {
            walk.filter(Files::isDirectory).filter(d -> !d.equals(outputDir)).forEach(dirs::add);
        }
        dirs.sort((a, b) -> b.getNameCount() - a.getNameCount());
        for (Path dir : dirs) {
            try (Stream<Path> children = Files.list(dir)) {
                if (children.findAny().isEmpty()) {
                    Files.delete(dir);
                }
            }
        }
        return stale.size();
    }
}
