package dev.enfyra.codegen.physical;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every table of a database, junctions included, sorted by name; the unit that is hashed. */
public record PhysicalSchema(List<PhysicalTable> tables) {

    /** No table at all: where the first migration starts. */
    public static final PhysicalSchema EMPTY = new PhysicalSchema(List.of());

    public PhysicalSchema {
        tables = tables.stream().sorted(Comparator.comparing(PhysicalTable::name)).toList();
    }

    public Optional<PhysicalTable> table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    public Map<String, PhysicalTable> byName() {
        Map<String, PhysicalTable> out = new LinkedHashMap<>();
        tables.forEach(t -> out.put(t.name(), t));
        return out;
    }

    /** SHA-256 of the canonical JSON: the {@code from}/{@code to} of a migration. */
    public String hash() {
        return dev.enfyra.codegen.json.CanonicalJson.sha256(PhysicalJson.schema(this));
    }
}
