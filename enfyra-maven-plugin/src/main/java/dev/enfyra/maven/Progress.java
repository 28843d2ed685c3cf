package dev.enfyra.maven;

import dev.enfyra.codegen.emit.GenerationProgress;
import org.apache.maven.plugin.logging.Log;

/** Logs generation progress for large schemas: a line per tenth once there are enough tables to wait for. */
final class Progress implements GenerationProgress {

    private static final int QUIET_BELOW = 200;

    private final Log log;
    private int lastTenth;

    Progress(Log log) {
        this.log = log;
    }

    @Override
    public void tablesDone(int done, int total) {
        if (total < QUIET_BELOW) {
            return;
        }
        int tenth = done * 10 / total;
        if (tenth > lastTenth) {
            lastTenth = tenth;
            log.info("enfyra: generated " + done + "/" + total + " tables");
        }
    }
}
