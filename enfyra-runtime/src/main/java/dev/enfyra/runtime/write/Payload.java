package dev.enfyra.runtime.write;

import dev.enfyra.core.schema.Column;
import dev.enfyra.core.schema.Relation;
import java.util.List;
import java.util.Map;

/**
 * A validated request body: column values, the ids of owning to-one relations (their FK
 * values), and the id lists of many-to-many relations (which replace the current links). Insertion
 * ordered, so statements are built the same way every time.
 */
record Payload(Map<Column, Object> columns, Map<Relation, Object> toOne, Map<Relation, List<Object>> manyToMany) {
}
