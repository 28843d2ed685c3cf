package dev.enfyra.runtime.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.enfyra.runtime.api.ApiError;
import dev.enfyra.runtime.migrate.MigrationException;
import dev.enfyra.runtime.migrate.MigrationReport;
import dev.enfyra.runtime.migrate.Migrator;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The migrations control plane under {@code /admin/migrations}, for operators: the state
 * ({@code GET /}), the SQL of what is pending ({@code GET /dry-run}), and {@code POST /apply},
 * which previews without a confirm hash, refuses a wrong one (422
 * {@code SCHEMA_CONFIRM_HASH_MISMATCH}) and applies with the right one. Every request needs
 * {@code Authorization: Bearer <enfyra.admin.token>}; without a configured token the service is
 * not registered at all. SQL appears in these answers on purpose: they are for the operator.
 */
public final class MigrationsService implements HttpService {

    private final Migrator migrator;
    private final byte[] token;

    public MigrationsService(Migrator migrator, String token) {
        this.migrator = migrator;
        this.token = token.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void routing(HttpRules rules) {
        rules.any(this::authorize);
        rules.get("/", (req, res) -> send(res, 200, migrator.status(), false, false));
        rules.get("/dry-run", (req, res) -> send(res, 200, migrator.dryRun(), true, false));
        rules.post("/apply", this::apply);
    }

    /** Constant-time comparison of the bearer token; 401 without it, before any other work. */
    private void authorize(ServerRequest req, ServerResponse res) {
        String header = req.headers().first(HeaderNames.AUTHORIZATION).orElse("");
        byte[] given = header.startsWith("Bearer ") ? header.substring(7).trim().getBytes(StandardCharsets.UTF_8) : new byte[0];
        if (!MessageDigest.isEqual(given, token)) {
            res.header(HeaderNames.WWW_AUTHENTICATE, "Bearer");
            throw new ApiError(ApiError.Code.UNAUTHORIZED, "the migrations control plane needs Authorization: Bearer <enfyra.admin.token>");
        }
        res.next();
    }

    private void apply(ServerRequest req, ServerResponse res) {
        String hash = req.query().first("confirmHash").orElse(null);
        byte[] body = req.content().hasEntity() ? req.content().as(byte[].class) : new byte[0];
        if (hash == null && body.length > 0) {
            JsonNode json = JsonBodies.parse(body);
            hash = json.path("confirmHash").isTextual() ? json.get("confirmHash").textValue() : null;
        }
        if (hash == null) {
            send(res, 200, migrator.dryRun(), true, true);
            return;
        }
        MigrationReport.Result result;
        try {
            result = migrator.apply(hash);
        } catch (MigrationException e) {
            throw switch (e.code()) {
                case CONFIRM_HASH_MISMATCH -> new ApiError(ApiError.Code.SCHEMA_CONFIRM_HASH_MISMATCH, e.getMessage());
                case STEP_FAILED, DATA_FAILED -> new ApiError(ApiError.Code.MIGRATION_FAILED, e.getMessage());
                default -> new ApiError(ApiError.Code.MIGRATION_REFUSED, e.getMessage());
            };
        }
        JsonBodies.send(res, 200, json -> {
            json.writeStartObject();
            json.writeBooleanField("applied", true);
            json.writeArrayFieldStart("migrations");
            for (MigrationReport.Applied a : result.applied()) {
                applied(json, a);
            }
            json.writeEndArray();
            strings(json, "data", result.data());
            json.writeEndObject();
        });
    }

    private static void send(ServerResponse res, int status, MigrationReport.Status s, boolean withSql, boolean preview) {
        JsonBodies.send(res, status, json -> {
            json.writeStartObject();
            if (preview) {
                json.writeBooleanField("applied", false);
            }
            json.writeStringField("database", s.database());
            json.writeStringField("mode", s.mode());
            json.writeArrayFieldStart("applied");
            for (MigrationReport.Applied a : s.applied()) {
                applied(json, a);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("pending");
            for (MigrationReport.Pending p : s.pending()) {
                pending(json, p, withSql);
            }
            json.writeEndArray();
            strings(json, "dataPending", s.dataPending());
            strings(json, "problems", s.problems());
            json.writeStringField("requiredConfirmHash", s.requiredConfirmHash());
            json.writeEndObject();
        });
    }

    private static void applied(JsonGenerator json, MigrationReport.Applied a) throws IOException {
        json.writeStartObject();
        json.writeNumberField("version", a.version());
        json.writeStringField("name", a.name());
        json.writeStringField("status", a.status());
        json.writeStringField("checksum", a.checksum());
        json.writeStringField("confirmHash", a.confirmHash());
        json.writeStringField("startedAt", time(a.startedAt()));
        json.writeStringField("finishedAt", time(a.finishedAt()));
        if (a.durationMs() == null) {
            json.writeNullField("durationMs");
        } else {
            json.writeNumberField("durationMs", a.durationMs());
        }
        json.writeStringField("error", a.error());
        json.writeEndObject();
    }

    private static void pending(JsonGenerator json, MigrationReport.Pending p, boolean withSql) throws IOException {
        json.writeStartObject();
        json.writeNumberField("version", p.version());
        json.writeStringField("name", p.name());
        json.writeStringField("state", p.state());
        json.writeStringField("checksum", p.checksum());
        json.writeStringField("confirmHash", p.confirmHash());
        json.writeBooleanField("destructive", p.destructive());
        json.writeArrayFieldStart("steps");
        for (MigrationReport.PendingStep step : p.steps()) {
            json.writeStartObject();
            json.writeNumberField("index", step.index());
            json.writeStringField("op", step.op());
            json.writeStringField("table", step.table());
            if (step.code() != null) {
                json.writeStringField("code", step.code());
                json.writeStringField("reason", step.reason());
                if (step.rowsAtStake() != null) {
                    json.writeNumberField("rowsAtStake", step.rowsAtStake());
                    json.writeStringField("rowsAtStakeWhat", step.rowsAtStakeWhat());
                }
            }
            if (withSql) {
                strings(json, "sql", step.sql());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void strings(JsonGenerator json, String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String v : values) {
            json.writeString(v);
        }
        json.writeEndArray();
    }

    private static String time(OffsetDateTime t) {
        return t == null ? null : t.toString();
    }
}
