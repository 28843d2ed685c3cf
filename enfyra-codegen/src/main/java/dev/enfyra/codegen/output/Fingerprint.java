package dev.enfyra.codegen.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * What generation depends on, hashed: the tool version, the options, and every schema file
 * (name and bytes). Equal fingerprints mean the output would be byte-identical, so the work
 * can be skipped.
 */
public final class Fingerprint {

    private Fingerprint() {
    }

    /** Hashes {@code settings} (in order) and every {@code .json} file under {@code schemaDir}, sorted by path. */
    public static String of(Path schemaDir, List<String> settings) throws IOException {
        MessageDigest sha = sha256();
        for (String setting : settings) {
            update(sha, "setting", setting.getBytes(StandardCharsets.UTF_8));
        }
        if (Files.isDirectory(schemaDir)) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(schemaDir)) {
                files = walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".json"))
                        .sorted((a, b) -> relative(schemaDir, a).compareTo(relative(schemaDir, b))).toList();
            }
            for (Path file : files) {
                update(sha, relative(schemaDir, file), Files.readAllBytes(file));
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    /** Length-prefixed, so that no two different inputs hash the same bytes. */
    private static void update(MessageDigest sha, String name, byte[] content) {
        byte[] label = name.getBytes(StandardCharsets.UTF_8);
        sha.update(Integer.toString(label.length).getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) ':');
        sha.update(label);
        sha.update(Integer.toString(content.length).getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) ':');
        sha.update(content);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
