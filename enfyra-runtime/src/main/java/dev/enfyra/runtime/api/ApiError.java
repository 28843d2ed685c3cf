package dev.enfyra.runtime.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An error a client may see: HTTP status, stable code, a message written for people, and
 * details (e.g. one entry per invalid field). Never SQL, never a stack trace.
 */
public final class ApiError extends RuntimeException {

    /** The codes a client can rely on. */
    public enum Code {
        BAD_REQUEST(400),
        UNAUTHORIZED(401),
        RESOURCE_NOT_FOUND(404),
        METHOD_NOT_ALLOWED(405),
        DUPLICATE_RESOURCE(409),
        RESOURCE_IN_USE(409),
        /** The migrator refused: drift, an edited applied migration, the lock held too long (the message says which). */
        MIGRATION_REFUSED(409),
        PAYLOAD_TOO_LARGE(413),
        VALIDATION_ERROR(422),
        /** {@code POST /admin/migrations/apply} was sent a confirm hash other than the one of what is pending. */
        SCHEMA_CONFIRM_HASH_MISMATCH(422),
        INTERNAL_SERVER_ERROR(500),
        /** A migration statement failed; the state table and the message say where. */
        MIGRATION_FAILED(500);

        private final int status;

        Code(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    /** One problem of a request, e.g. {@code {"field": "email", "message": "must not be null"}}. */
    public record Detail(String field, String message) {
    }

    private final Code code;
    private final List<Detail> details;

    public ApiError(Code code, String message) {
        this(code, message, List.of());
    }

    public ApiError(Code code, String message, List<Detail> details) {
        super(Objects.requireNonNull(message, "message"), null, false, false);
        this.code = Objects.requireNonNull(code, "code");
        this.details = List.copyOf(details);
    }

    public Code code() {
        return code;
    }

    public int status() {
        return code.status();
    }

    public List<Detail> details() {
        return details;
    }

    /** The response body: {@code {"statusCode": 422, "message": "…", "error": {"code": "…", "details": …}}}. */
    public Map<String, Object> body() {
        List<Map<String, Object>> list = new java.util.ArrayList<>();
        for (Detail d : details) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("field", d.field());
            entry.put("message", d.message());
            list.add(entry);
        }
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code.name());
        error.put("details", list);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("statusCode", status());
        body.put("message", getMessage());
        body.put("error", error);
        return body;
    }
}
