package dev.enfyra.runtime.conformance;

import dev.enfyra.runtime.testing.TestDatabases.Kind;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/**
 * One expensive environment per database (a seeded server, a seeded database), made on first
 * use and closed by {@link #closeAll()}. A failure to make one (a skip when the database is not
 * configured, or an error) is remembered and thrown again to every later test of that database,
 * instead of retrying the setup for each.
 */
final class PerKind<T extends AutoCloseable> {

    private final Function<Kind, T> factory;
    private final Map<Kind, T> made = new EnumMap<>(Kind.class);
    private final Map<Kind, RuntimeException> failed = new EnumMap<>(Kind.class);

    PerKind(Function<Kind, T> factory) {
        this.factory = factory;
    }

    synchronized T get(Kind kind) {
        RuntimeException failure = failed.get(kind);
        if (failure != null) {
            throw failure;
        }
        T value = made.get(kind);
        if (value == null) {
            try {
                value = factory.apply(kind);
            } catch (RuntimeException e) {
                failed.put(kind, e);
                throw e;
            }
            made.put(kind, value);
        }
        return value;
    }

    /** The environment when it was made successfully, else null (no setup is attempted). */
    synchronized T ifMade(Kind kind) {
        return made.get(kind);
    }

    synchronized void closeAll() throws Exception {
        for (T value : made.values()) {
            value.close();
        }
        made.clear();
        failed.clear();
    }
}
