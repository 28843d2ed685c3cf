package dev.enfyra.codegen.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Physical names, chosen exactly as Enfyra chooses them so that a database Enfyra created is
 * readable as is. Explicit names in the snapshot always win over these.
 */
public final class PhysicalNames {

    /** PostgreSQL's limit (NAMEDATALEN - 1); MySQL allows 64. */
    public static final int MAX_IDENTIFIER = 63;
    public static final String JUNCTION_SOURCE_COLUMN = "sourceId";
    public static final String JUNCTION_TARGET_COLUMN = "targetId";

    private PhysicalNames() {
    }

    /** {@code j_} + the first 12 hex digits of SHA-1 of {@code "source:property:target"}. */
    public static String junctionTable(String sourceTable, String propertyName, String targetTable) {
        return "j_" + sha1Hex(sourceTable + ":" + propertyName + ":" + targetTable).substring(0, 12);
    }

    /** {@code propertyName + "Id"}. */
    public static String foreignKeyColumn(String propertyName) {
        return propertyName + "Id";
    }

    public static String unique(String table, List<String> columns) {
        return fit("uq_" + table + "_" + String.join("_", columns));
    }

    public static String index(String table, List<String> columns) {
        return fit("idx_" + table + "_" + String.join("_", columns));
    }

    public static String foreignKey(String table, String column) {
        return fit(table + "_" + column + "_foreign");
    }

    public static String junctionPrimaryKey(String junction) {
        return fit(junction + "_pk");
    }

    /**
     * Enfyra leaves long names to the database, and PostgreSQL cuts them at 63 bytes, so two
     * long names can collide. Names that fit are kept as Enfyra writes them; longer ones keep
     * their start and end with 8 hex digits of their SHA-1, which stays unique.
     */
    static String fit(String name) {
        if (name.length() <= MAX_IDENTIFIER) {
            return name;
        }
        return name.substring(0, MAX_IDENTIFIER - 9) + "_" + sha1Hex(name).substring(0, 8);
    }

    static String sha1Hex(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-1", e);
        }
    }
}
