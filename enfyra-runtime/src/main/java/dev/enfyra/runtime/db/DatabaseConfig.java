package dev.enfyra.runtime.db;

import java.util.Objects;

/**
 * How to reach the database. The default is an H2 file database under {@code ./data}.
 *
 * @param maxPoolSize connections in the pool; requests beyond it wait
 */
public record DatabaseConfig(String url, String user, String password, int maxPoolSize) {

    public static final String DEFAULT_URL = "jdbc:h2:file:./data/enfyra;AUTO_SERVER=FALSE";

    public DatabaseConfig {
        Objects.requireNonNull(url, "url");
        if (maxPoolSize < 1) {
            throw new IllegalArgumentException("the pool needs at least one connection, not " + maxPoolSize);
        }
    }

    public static DatabaseConfig of(String url) {
        return new DatabaseConfig(url, null, null, 10);
    }
}
