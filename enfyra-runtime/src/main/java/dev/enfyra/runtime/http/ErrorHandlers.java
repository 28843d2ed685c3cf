package dev.enfyra.runtime.http;

import dev.enfyra.core.query.QueryException;
import dev.enfyra.runtime.api.ApiError;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerResponse;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every failure becomes the error body {@code {"statusCode", "message", "error": {"code",
 * "details"}}}. Expected errors say what is wrong; anything else is logged with an id and the
 * client gets that id, never a stack trace or SQL.
 */
public final class ErrorHandlers {

    private static final Logger LOG = Logger.getLogger(ErrorHandlers.class.getName());

    private ErrorHandlers() {
    }

    public static void register(HttpRouting.Builder routing) {
        routing.error(ApiError.class, (req, res, e) -> send(res, e));
        routing.error(QueryException.class, (req, res, e) -> send(res, new ApiError(ApiError.Code.BAD_REQUEST, e.getMessage())));
        routing.error(Throwable.class, (req, res, e) -> {
            ApiError api = unwrap(e);
            if (api != null) {
                send(res, api);
                return;
            }
            String id = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "request " + req.prologue().method() + " " + req.path().path() + " failed (error id " + id + ")", e);
            send(res, new ApiError(ApiError.Code.INTERNAL_SERVER_ERROR, "an unexpected error happened (error id " + id + ")"));
        });
    }

    /** Errors thrown inside a Jdbi transaction arrive wrapped. */
    private static ApiError unwrap(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ApiError api) {
                return api;
            }
            if (t instanceof QueryException q) {
                return new ApiError(ApiError.Code.BAD_REQUEST, q.getMessage());
            }
        }
        return null;
    }

    static void send(ServerResponse res, ApiError error) {
        if (!res.isSent()) {
            JsonBodies.sendError(res, error);
        }
    }
}
