package dev.enfyra.bench.rest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;

/**
 * The baseline of the REST benchmark: the endpoint a developer would write by hand for
 * {@code GET /api/posts?filter={"status":{"_eq":…},"views":{"_gt":…}}&sort=-createdAt&limit=N&fields=*,author.name}
 * on the same tables, with the same libraries as the generated backend (Helidon 4 SE, HikariCP
 * with the same pool size, the PostgreSQL driver, Jackson's streaming generator into a buffer):
 * one hand-written SELECT with a join for the author's name, no framework in between. It reads
 * just the two filter values and the limit it supports, and answers the same JSON as the
 * generated endpoint.
 *
 * <p>The limit is written into the SQL text (a checked int), as the generated engine does;
 * {@code BENCH_LIMIT=bind} binds it as a parameter instead ({@code LIMIT ?}), which on PostgreSQL
 * costs a new plan per execution (see bench/README.md).
 *
 * <p>Settings from the environment: {@code BENCH_DB_URL} (required), {@code BENCH_DB_USER},
 * {@code BENCH_PORT} (0 picks a free one), {@code BENCH_POOL_SIZE} (10, the runtime's default),
 * {@code BENCH_LIMIT} ({@code inline} or {@code bind}).
 * Prints {@code listening on PORT} once started.
 */
public final class HandWrittenServer {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory JSON = MAPPER.getFactory();

    /** The sort key and then the id, as the generated engine orders (stable paging). */
    private static final String SQL = """
            SELECT p.id, p.title, p.excerpt, p.status, p.views, p."createdAt", p."updatedAt", u.name
            FROM posts p JOIN users u ON u.id = p."authorId"
            WHERE p.status = ? AND p.views > ?
            ORDER BY p."createdAt" DESC, p.id
            LIMIT""";

    private final HikariDataSource pool;
    private final boolean bindLimit;

    private HandWrittenServer(HikariDataSource pool, boolean bindLimit) {
        this.pool = pool;
        this.bindLimit = bindLimit;
    }

    public static void main(String[] args) {
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(required("BENCH_DB_URL"));
        String user = System.getenv("BENCH_DB_USER");
        if (user != null && !user.isEmpty()) {
            hikari.setUsername(user);
        }
        hikari.setMaximumPoolSize(Integer.parseInt(env("BENCH_POOL_SIZE", "10")));
        hikari.setPoolName("handwritten");
        HandWrittenServer app = new HandWrittenServer(new HikariDataSource(hikari), env("BENCH_LIMIT", "inline").equals("bind"));
        WebServer server = WebServer.builder()
                .host("127.0.0.1")
                .port(Integer.parseInt(env("BENCH_PORT", "0")))
                .routing(HttpRouting.builder().get("/api/posts", app::list))
                .build()
                .start();
        System.out.println("listening on " + server.port());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            app.pool.close();
        }));
    }

    private void list(ServerRequest req, ServerResponse res) throws IOException, SQLException {
        var query = req.query();
        if (!query.first("sort").orElse("-createdAt").equals("-createdAt")
                || !query.first("fields").orElse("*,author.name").equals("*,author.name")) {
            badRequest(res, "only sort=-createdAt and fields=*,author.name are supported");
            return;
        }
        String status;
        int minViews;
        int limit;
        try {
            JsonNode filter = MAPPER.readTree(query.first("filter").orElseThrow());
            status = filter.path("status").path("_eq").textValue();
            minViews = filter.path("views").path("_gt").intValue();
            limit = Integer.parseInt(query.first("limit").orElse("10"));
        } catch (RuntimeException e) {
            badRequest(res, "expected filter={\"status\":{\"_eq\":…},\"views\":{\"_gt\":…}} and a limit");
            return;
        }
        if (status == null || limit < 1 || limit > 10_000) {
            badRequest(res, "expected filter={\"status\":{\"_eq\":…},\"views\":{\"_gt\":…}} and a limit");
            return;
        }

        ByteArrayOutputStream buffer = new ByteArrayOutputStream(8192);
        try (Connection c = pool.getConnection();
                PreparedStatement s = c.prepareStatement(SQL + (bindLimit ? " ?" : " " + limit));
                JsonGenerator json = JSON.createGenerator(buffer)) {
            s.setString(1, status);
            s.setInt(2, minViews);
            if (bindLimit) {
                s.setInt(3, limit);
            }
            json.writeStartObject();
            json.writeArrayFieldStart("data");
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    json.writeStartObject();
                    json.writeNumberField("id", rs.getInt(1));
                    json.writeStringField("title", rs.getString(2));
                    json.writeStringField("excerpt", rs.getString(3));
                    json.writeStringField("status", rs.getString(4));
                    json.writeNumberField("views", rs.getInt(5));
                    json.writeStringField("createdAt", instant(rs.getTimestamp(6)));
                    json.writeStringField("updatedAt", instant(rs.getTimestamp(7)));
                    json.writeObjectFieldStart("author");
                    json.writeStringField("name", rs.getString(8));
                    json.writeEndObject();
                    json.writeEndObject();
                }
            }
            json.writeEndArray();
            json.writeObjectFieldStart("meta");
            json.writeEndObject();
            json.writeEndObject();
        }
        res.header(HeaderNames.CONTENT_TYPE, "application/json");
        res.send(buffer.toByteArray());
    }

    /** ISO-8601 in UTC, e.g. {@code 2024-01-05T09:00:00.123Z} (as {@code Instant.toString}). */
    private static String instant(Timestamp t) {
        return t == null ? null : t.toInstant().toString();
    }

    private static void badRequest(ServerResponse res, String message) {
        res.status(Status.BAD_REQUEST_400);
        res.header(HeaderNames.CONTENT_TYPE, "application/json");
        res.send("{\"statusCode\":400,\"message\":\"" + message.replace("\"", "\\\"") + "\"}");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isEmpty() ? fallback : value;
    }

    private static String required(String name) {
        String value = System.getenv(name);
        if (value == null || value.isEmpty()) {
            throw new IllegalStateException(name + " is not set");
        }
        return value;
    }
}
