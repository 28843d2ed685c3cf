package dev.enfyra.core.query;

import java.util.Objects;

/**
 * A client's query could not be accepted. Carries what an HTTP or GraphQL layer needs to answer
 * without guessing: a stable {@link Code}, the location in the request
 * (e.g. {@code filter._and[1].author.email}) and a message meant for the client.
 *
 * <p>{@link #getMessage()} is {@code location + ": " + detail}, the form printed in logs and
 * error bodies.
 */
public class QueryException extends RuntimeException {

    /** Stable error codes; the HTTP layer maps each to a status. */
    public enum Code {
        /** The request is malformed or names something that does not exist: HTTP 400. */
        BAD_REQUEST(400);

        private final int httpStatus;

        Code(int httpStatus) {
            this.httpStatus = httpStatus;
        }

        public int httpStatus() {
            return httpStatus;
        }
    }

    private final Code code;
    private final String location;
    private final String detail;

    public QueryException(Code code, String location, String detail) {
        super(Objects.requireNonNull(location, "location") + ": " + Objects.requireNonNull(detail, "detail"));
        this.code = Objects.requireNonNull(code, "code");
        this.location = location;
        this.detail = detail;
    }

    public Code code() {
        return code;
    }

    /** Where in the request the problem is, e.g. {@code filter.title._eq}. */
    public String location() {
        return location;
    }

    /** The message without its location. */
    public String detail() {
        return detail;
    }
}
