package dev.enfyra.runtime.http;

import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import java.util.Locale;
import java.util.logging.Logger;

/** One line per request on the {@code enfyra.access} logger: method, path, status, bytes, milliseconds. */
public final class AccessLog implements Filter {

    private static final Logger LOG = Logger.getLogger("enfyra.access");

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        long start = System.nanoTime();
        try {
            chain.proceed();
        } finally {
            if (LOG.isLoggable(java.util.logging.Level.INFO)) {
                LOG.info(String.format(Locale.ROOT, "%s %s %d %d %.1fms", req.prologue().method().text(),
                        req.prologue().uriPath().rawPath(), res.status().code(), res.bytesWritten(), (System.nanoTime() - start) / 1e6));
            }
        }
    }
}
