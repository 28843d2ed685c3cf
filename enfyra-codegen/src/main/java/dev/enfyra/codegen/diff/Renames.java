package dev.enfyra.codegen.diff;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which physical table and column of the schema before is which after, where the name changed.
 * Tables map old name to new; columns are keyed by the table's new name, old column name to new.
 * Everything not listed keeps its name.
 */
public final class Renames {

    private final Map<String, String> tables = new LinkedHashMap<>();
    private final Map<String, String> tablesBack = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> columns = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> columnsBack = new LinkedHashMap<>();

    public static final Renames NONE = new Renames();

    void renameTable(String from, String to) {
        tables.put(from, to);
        tablesBack.put(to, from);
    }

    void renameColumn(String afterTable, String from, String to) {
        columns.computeIfAbsent(afterTable, k -> new LinkedHashMap<>()).put(from, to);
        columnsBack.computeIfAbsent(afterTable, k -> new LinkedHashMap<>()).put(to, from);
    }

    public boolean tableRenamedAway(String before) {
        return tables.containsKey(before);
    }

    public boolean tableRenamedTo(String after) {
        return tablesBack.containsKey(after);
    }

    /** The old name of a renamed table. */
    public Optional<String> tableBefore(String after) {
        return Optional.ofNullable(tablesBack.get(after));
    }

    /** The new name of a table: renamed, or the same. */
    public String tableAfter(String before) {
        return tables.getOrDefault(before, before);
    }

    public Optional<String> columnBefore(String afterTable, String afterColumn) {
        return Optional.ofNullable(columnsBack.getOrDefault(afterTable, Map.of()).get(afterColumn));
    }

    public boolean columnRenamedAway(String afterTable, String beforeColumn) {
        return columns.getOrDefault(afterTable, Map.of()).containsKey(beforeColumn);
    }

    public boolean columnRenamedTo(String afterTable, String afterColumn) {
        return columnsBack.getOrDefault(afterTable, Map.of()).containsKey(afterColumn);
    }

    /** The new name of a column of the table now called {@code afterTable}. */
    public String columnAfter(String afterTable, String beforeColumn) {
        return columns.getOrDefault(afterTable, Map.of()).getOrDefault(beforeColumn, beforeColumn);
    }

    public Map<String, String> tables() {
        return Collections.unmodifiableMap(tables);
    }

    public Map<String, Map<String, String>> columns() {
        return Collections.unmodifiableMap(columns);
    }
}
