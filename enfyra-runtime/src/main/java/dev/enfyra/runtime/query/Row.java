package dev.enfyra.runtime.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One row as read: its fetched column values in {@link Shape} order, and its relations (null, a
 * nested row, or a list of them) in slot order. An id-only relation is a row of the target's
 * id-only shape.
 */
final class Row {

    final Shape shape;
    final Object[] values;
    final Object[] relations;

    Row(Shape shape, Object[] values) {
        this.shape = shape;
        this.values = values;
        this.relations = new Object[shape.slots.size()];
    }

    Object key() {
        return values[shape.keyIndex];
    }

    /** The row as nested maps, as the in-memory reference shapes it (for tests and non-HTTP callers). */
    Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int index : shape.output) {
            map.put(shape.fetched.get(index).column(), values[index]);
        }
        for (int i = 0; i < shape.slots.size(); i++) {
            Shape.Slot slot = shape.slots.get(i);
            map.put(slot.relation().propertyName(), toValue(slot, relations[i]));
        }
        return map;
    }

    private static Object toValue(Shape.Slot slot, Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(item -> out.add(toValue(slot, item)));
            return out;
        }
        if (value instanceof Row row) {
            return row.toMap();
        }
        // An id only: {"<pk>": id}.
        Map<String, Object> id = new LinkedHashMap<>();
        id.put(slot.target().primaryKey().name(), value);
        return id;
    }
}
