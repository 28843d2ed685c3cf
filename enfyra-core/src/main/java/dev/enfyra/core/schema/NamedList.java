package dev.enfyra.core.schema;

import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Function;

/**
 * An immutable list that also finds its elements by name.
 *
 * <p>Why a list type: a record cannot hold derived fields, so the descriptors keep their lookup
 * maps inside the list components themselves. Equality and iteration are those of any
 * {@link List}, in declared order; the map is only ever read by key, never iterated.
 */
final class NamedList<T> extends AbstractList<T> implements RandomAccess {
    private final List<T> elements;
    private final Map<String, T> byName;

    private NamedList(List<T> elements, Map<String, T> byName) {
        this.elements = elements;
        this.byName = byName;
    }

    /**
     * Copies {@code elements}; {@code duplicate} names the owner in the message when two
     * elements share a name.
     */
    static <T> NamedList<T> copyOf(List<T> elements, Function<T, String> name, String duplicate) {
        List<T> copy = List.copyOf(Objects.requireNonNull(elements));
        Map<String, T> byName = new HashMap<>();
        for (T element : copy) {
            String key = name.apply(element);
            if (byName.putIfAbsent(key, element) != null) {
                throw new IllegalArgumentException(duplicate + " \"" + key + "\"");
            }
        }
        return new NamedList<>(copy, byName);
    }

    /** The element named {@code name}, or null. */
    T find(String name) {
        return byName.get(name);
    }

    @Override
    public T get(int index) {
        return elements.get(index);
    }

    @Override
    public int size() {
        return elements.size();
    }
}
