package dev.enfyra.runtime.http;

import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
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
                long tenthsOfMs = (System.nanoTime() - start) / 100_000;
                LOG.info(new StringBuilder(96)
                        .append(req.prologue().method().text()).append(' ')
                        .append(req.prologue().uriPath().rawPath()).append(' ')
                        .append(res.status().code()).append(' ')
                        .append(res.bytesWritten()).append(' ')
                        .append(tenthsOfMs / 10).append('.').append(tenthsOfMs % 10).append("ms")
                        .toString());
            }
        }
    }
}
