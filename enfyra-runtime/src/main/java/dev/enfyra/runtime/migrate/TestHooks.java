package dev.enfyra.runtime.migrate;

import java.io.PrintStream;

/**
 * System properties that let tests stop a migrating process where a crash would hurt most, so
 * that they can kill it there ({@code kill -9}) and check what the next start does. Unset in
 * production, where they cost one property lookup per statement.
 *
 * <ul>
 *   <li>{@code enfyra.migrations.test.pauseAfterStatement=N}: after statement N (0-based, within
 *       its migration) has run and before it is journaled or committed, print
 *       {@value #PAUSED} and wait forever;
 *   <li>{@code enfyra.migrations.test.holdLockMillis=N}: hold the lock N ms after taking it.
 * </ul>
 */
public final class TestHooks {

    public static final String PAUSED = "ENFYRA-TEST-PAUSED";

    private TestHooks() {
    }

    static void afterStatement(int version, int index) {
        String at = System.getProperty("enfyra.migrations.test.pauseAfterStatement");
        if (at != null && Integer.parseInt(at) == index) {
            PrintStream out = System.out;
            out.println(PAUSED + " " + version + " " + index);
            out.flush();
            sleep(Long.MAX_VALUE);
        }
    }

    static void afterLock() {
        String millis = System.getProperty("enfyra.migrations.test.holdLockMillis");
        if (millis != null) {
            sleep(Long.parseLong(millis));
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
