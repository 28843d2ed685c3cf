package dev.enfyra.codegen.plan;

import dev.enfyra.codegen.physical.PhysicalSchema;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One recorded migration (contract/plan-format.md): the steps from the schema {@code from} to the
 * schema {@code to}, the steps that can lose data, the hash that confirms them, the schema after,
 * and the checksum of it all. A value: {@link PlanJson} writes it and reads it back unchanged.
 *
 * @param from        hash of the schema before, or {@value #EMPTY} for the first migration
 * @param confirmHash null when nothing is destructive
 */
public record MigrationPlan(
        int format,
        int version,
        String name,
        String from,
        String to,
        List<Step> steps,
        List<Destructive> destructive,
        String confirmHash,
        PhysicalSchema schema,
        String checksum) {

    public static final int FORMAT = 1;
    public static final String EMPTY = "empty";
    public static final Pattern NAME = Pattern.compile("[a-z0-9_]+");

    public MigrationPlan {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        steps = List.copyOf(steps);
        destructive = List.copyOf(destructive);
        Objects.requireNonNull(schema, "schema");
    }

    /**
     * A new migration, with its {@code to}, confirm hash and checksum computed.
     *
     * @throws IllegalArgumentException for a version below 1 or a name outside {@code [a-z0-9_]+}
     */
    public static MigrationPlan record(int version, String name, String from, List<Step> steps,
            List<Destructive> destructive, PhysicalSchema schema) {
        if (version < 1) {
            throw new IllegalArgumentException("a migration version starts at 1, not " + version);
        }
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a migration name is lower-case letters, digits and _ (like add_posts), not \"" + name + "\"");
        }
        String confirm = destructive.isEmpty() ? null : PlanJson.confirmHash(from, steps, destructive);
        MigrationPlan draft = new MigrationPlan(FORMAT, version, name, from, schema.hash(), steps, destructive, confirm,
                schema, "");
        return draft.withChecksum(PlanJson.checksum(draft));
    }

    private MigrationPlan withChecksum(String sum) {
        return new MigrationPlan(format, version, name, from, to, steps, destructive, confirmHash, schema, sum);
    }

    /** {@code 0003_rename_email.json}. */
    public String fileName() {
        return fileName(version, name);
    }

    public static String fileName(int version, String name) {
        return String.format(java.util.Locale.ROOT, "%04d_%s.json", version, name);
    }

    public boolean isDestructive() {
        return !destructive.isEmpty();
    }
}
