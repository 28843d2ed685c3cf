package dev.enfyra.core.dsl;

import dev.enfyra.core.filter.FieldPath;
import java.util.ArrayList;
import java.util.List;

final class Paths {

    private Paths() {
    }

    static FieldPath join(FieldPath prefix, FieldPath path) {
        List<String> segments = new ArrayList<>(prefix.segments());
        segments.addAll(path.segments());
        return new FieldPath(segments);
    }
}
