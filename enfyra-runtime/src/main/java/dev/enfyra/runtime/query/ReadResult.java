package dev.enfyra.runtime.query;

import java.util.List;
import java.util.Map;

/** The rows of a read, shaped, and its meta (counts, aggregates); written to JSON by {@link JsonRows}. */
public final class ReadResult {

    private final Shape shape;
    private final List<Row> rows;
    private final Map<String, Object> meta;

    ReadResult(Shape shape, List<Row> rows, Map<String, Object> meta) {
        this.shape = shape;
        this.rows = rows;
        this.meta = meta;
    }

    public int size() {
        return rows.size();
    }

    public Map<String, Object> meta() {
        return meta;
    }

    /** The rows as nested maps, keyed as the JSON response is (for tests and Java callers). */
    public List<Map<String, Object>> data() {
        return rows.stream().map(Row::toMap).toList();
    }

    List<Row> rows() {
        return rows;
    }

    Shape shape() {
        return shape;
    }
}
