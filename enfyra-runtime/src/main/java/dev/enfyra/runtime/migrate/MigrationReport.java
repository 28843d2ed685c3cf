package dev.enfyra.runtime.migrate;

import java.time.OffsetDateTime;
import java.util.List;

/** What the migrator tells its callers (the control plane, logs, tests): values only. */
public final class MigrationReport {

    private MigrationReport() {
    }

    /**
     * The state of the database against the application's history.
     *
     * @param problems            why the migrator would refuse (checksums, unknown versions), empty when none
     * @param requiredConfirmHash what {@code POST /admin/migrations/apply} must be sent to apply {@code pending}; null when nothing is pending
     */
    public record Status(String database, String mode, List<Applied> applied, List<Pending> pending, List<String> dataPending,
            List<String> problems, String requiredConfirmHash) {
    }

    /** One row of the state table. */
    public record Applied(int version, String name, String status, String checksum, String confirmHash, OffsetDateTime startedAt,
            OffsetDateTime finishedAt, Long durationMs, String error) {
    }

    /** A migration not applied yet (or interrupted), with its steps. */
    public record Pending(int version, String name, String checksum, String confirmHash, String state, List<PendingStep> steps) {
        public boolean destructive() {
            return confirmHash != null;
        }
    }

    /**
     * One step: its op and table, what it may lose ({@code code}, {@code reason}, null when
     * nothing), the rows at stake when they could be counted, and its SQL (in a dry run).
     */
    public record PendingStep(int index, String op, String table, String code, String reason, Long rowsAtStake,
            String rowsAtStakeWhat, List<String> sql) {
    }

    /** What an apply did. */
    public record Result(List<Applied> applied, List<String> data) {
    }
}
