package dev.enfyra.runtime.http;

import dev.enfyra.runtime.app.EnfyraRuntime;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** {@code GET /health}: 200 {@code {"status": "UP"}} when the database answers, else 503 {@code DOWN}. */
public final class HealthService implements HttpService {

    private final EnfyraRuntime runtime;

    public HealthService(EnfyraRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::health);
    }

    private void health(ServerRequest req, ServerResponse res) {
        boolean up;
        try (var connection = runtime.database().dataSource().getConnection()) {
            up = connection.isValid(2);
        } catch (java.sql.SQLException | RuntimeException e) {
            up = false;
        }
        boolean ok = up;
        JsonBodies.send(res, ok ? 200 : 503, json -> {
            json.writeStartObject();
            json.writeStringField("status", ok ? "UP" : "DOWN");
            json.writeStringField("database", runtime.database().dialect().name());
            json.writeEndObject();
        });
    }
}
