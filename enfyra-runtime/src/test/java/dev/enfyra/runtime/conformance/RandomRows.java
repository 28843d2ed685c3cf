package dev.enfyra.runtime.conformance;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The conformance fixture plus rows drawn from a seeded RNG: more authors (uuids with either top
 * bit), books and reviews whose values come from small pools (accented and cased text, literal
 * {@code %} and {@code _}, NULLs, ties), so that random filters find rows to tell apart.
 */
final class RandomRows {

    static final List<String> WORDS = List.of("Ça va", "ÇA VA", "ca va", "Élan", "élan", "ELAN", "naïve", "Naive", "50%",
            "5_0", "a%b", "a_b", "ab", "Über", "uber", "UBER", "Straße", "STRASSE", "Œuvre", "oeuvre", "Ærø", "aero",
            "łódź", "LODZ", "Москва", "москва", "x", "X", "", " lead", "trail ", "it's", "back\\slash", "Crème", "creme",
            "Ñandú", "nandu", "São Paulo", "SAO", "Zürich", "zurich", "résumé", "RÉSUMÉ", "Resume");

    private static final int EXTRA_AUTHORS = 8;
    private static final int EXTRA_BOOKS = 60;
    private static final int EXTRA_REVIEWS = 70;
    private static final int BASE_BOOKS = 16;
    private static final int TAGS = 5;
    private static final int SERIES = 3;
    private static final int CITIES = 6;

    private final Random rnd;

    private RandomRows(long seed) {
        this.rnd = new Random(seed);
    }

    /** {@code data.json} with the drawn rows appended to authors, books and reviews. */
    static ObjectNode fixture(long seed) {
        return new RandomRows(seed).append(Fixture.data());
    }

    private ObjectNode append(ObjectNode data) {
        List<String> authors = new ArrayList<>();
        data.get("authors").forEach(a -> authors.add(a.get("id").asText()));
        ArrayNode authorRows = (ArrayNode) data.get("authors");
        for (int i = 0; i < EXTRA_AUTHORS; i++) {
            String id = new UUID(rnd.nextLong(), (rnd.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L).toString();
            ObjectNode a = authorRows.addObject().put("id", id).put("name", text(2)).put("email", "gen" + i + "@x.test");
            nullable(a, "bio", 0.4, () -> a.put("bio", text(3)));
            nullable(a, "rating", 0.3, () -> a.put("rating", rnd.nextInt(51) / 10.0));
            nullable(a, "born", 0.3, () -> a.put("born", date().toString()));
            a.put("active", rnd.nextBoolean());
            nullable(a, "level", 0.3, () -> a.put("level", pick(List.of("junior", "senior", "lead"))));
            nullable(a, "city", 0.3, () -> a.put("city", 1 + rnd.nextInt(CITIES)));
            nullable(a, "mentor", 0.4, () -> a.put("mentor", pick(authors)));
            authors.add(id);
        }
        ArrayNode books = (ArrayNode) data.get("books");
        for (int n = 0; n < EXTRA_BOOKS; n++) {
            int i = n;
            ObjectNode b = books.addObject().put("title", text(2));
            nullable(b, "subtitle", 0.4, () -> b.put("subtitle", pick(WORDS)));
            nullable(b, "pages", 0.2, () -> b.put("pages", rnd.nextInt(1300) - 5));
            nullable(b, "sales", 0.3, () -> b.put("sales", rnd.nextBoolean() ? rnd.nextInt(1000) : rnd.nextLong() % 1_000_000_000_000L));
            nullable(b, "price", 0.2, () -> b.put("price", BigDecimal.valueOf(rnd.nextInt(2_000_000) - 100_000, 2)));
            nullable(b, "score", 0.2, () -> b.put("score", rnd.nextInt(101) / 20.0 - 0.5));
            nullable(b, "publishedAt", 0.2, () -> b.put("publishedAt", instant().toString()));
            nullable(b, "releaseOn", 0.3, () -> b.put("releaseOn", date().toString()));
            nullable(b, "featured", 0.3, () -> b.put("featured", rnd.nextBoolean()));
            nullable(b, "isbn", 0.5, () -> b.put("isbn", (rnd.nextBoolean() ? "978-" : "978_") + (1000 + i)));
            nullable(b, "format", 0.3, () -> b.put("format", pick(List.of("hardcover", "paperback", "ebook"))));
            nullable(b, "notes", 0.4, () -> b.put("notes", text(4)));
            b.put("author", pick(authors));
            nullable(b, "editor", 0.4, () -> b.put("editor", pick(authors)));
            nullable(b, "series", 0.5, () -> b.put("series", 1 + rnd.nextInt(SERIES)));
            ArrayNode tags = b.putArray("tags");
            for (int t = 1; t <= TAGS; t++) {
                if (rnd.nextInt(4) == 0) {
                    tags.add(t);
                }
            }
        }
        ArrayNode reviews = (ArrayNode) data.get("reviews");
        for (int i = 0; i < EXTRA_REVIEWS; i++) {
            ObjectNode r = reviews.addObject().put("body", text(2)).put("stars", 1 + rnd.nextInt(5))
                    .put("book", 1 + rnd.nextInt(BASE_BOOKS + EXTRA_BOOKS));
            nullable(r, "reviewer", 0.3, () -> r.put("reviewer", pick(authors)));
        }
        return data;
    }

    private void nullable(ObjectNode row, String field, double nullChance, Runnable put) {
        double r = rnd.nextDouble();
        if (r < nullChance / 2) {
            row.putNull(field);
        } else if (r >= nullChance) {
            put.run();
        } // else: left out, which is NULL too
    }

    private String text(int maxWords) {
        int words = 1 + rnd.nextInt(maxWords);
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < words; i++) {
            parts.add(pick(WORDS));
        }
        return String.join(" ", parts);
    }

    private LocalDate date() {
        return LocalDate.ofEpochDay(-60_000 + rnd.nextInt(110_000));
    }

    /** To the millisecond, as datetime columns keep it; a few share a second. */
    private Instant instant() {
        long seconds = rnd.nextInt(5) == 0 ? 1_600_000_000L + rnd.nextInt(3) : -5_000_000_000L + (long) (rnd.nextDouble() * 9e9);
        return Instant.ofEpochSecond(seconds, rnd.nextInt(4) == 0 ? 0 : rnd.nextInt(1000) * 1_000_000L);
    }

    private <T> T pick(List<T> values) {
        return values.get(rnd.nextInt(values.size()));
    }
}
