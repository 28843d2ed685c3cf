package dev.enfyra.bench;

/**
 * A synthetic snapshot of {@code n} tables, each with 10 columns (of varied types) and 2
 * many-to-one relations to earlier tables, one with an inverse. Deterministic for a given n.
 */
public final class SyntheticSnapshot {

    private static final String[] TYPES = {"varchar", "int", "text", "boolean", "decimal", "datetime", "uuid", "bigint", "simple-json"};

    private SyntheticSnapshot() {
    }

    public static String json(int n) {
        StringBuilder out = new StringBuilder(n * 1400).append("{\n");
        for (int t = 0; t < n; t++) {
            String name = "table_" + t;
            out.append("  \"").append(name).append("\": {\n    \"name\": \"").append(name).append("\",\n")
                    .append("    \"description\": \"synthetic table ").append(t).append("\",\n    \"columns\": [\n")
                    .append("      {\"name\": \"id\", \"type\": \"int\", \"isPrimary\": true, \"isGenerated\": true, \"isNullable\": false}");
            for (int c = 1; c < 10; c++) {
                String type = TYPES[(t + c) % TYPES.length];
                out.append(",\n      {\"name\": \"col").append(c).append("\", \"type\": \"").append(type)
                        .append("\", \"isNullable\": ").append(c % 3 != 0).append("}");
            }
            out.append("\n    ],\n    \"relations\": [");
            if (t > 0) {
                out.append("\n      {\"propertyName\": \"parent\", \"type\": \"many-to-one\", \"targetTable\": \"table_")
                        .append(t - 1).append("\", \"inversePropertyName\": \"children").append(t).append("\"},")
                        .append("\n      {\"propertyName\": \"ref\", \"type\": \"many-to-one\", \"targetTable\": \"table_")
                        .append(t / 2).append("\", \"onDelete\": \"CASCADE\"}\n    ");
            }
            out.append("],\n    \"uniques\": [[\"col1\"]],\n    \"indexes\": [[\"col2\"]]\n  }")
                    .append(t + 1 < n ? ",\n" : "\n");
        }
        return out.append("}\n").toString();
    }
}
