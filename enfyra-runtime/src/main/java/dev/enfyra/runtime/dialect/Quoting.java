package dev.enfyra.runtime.dialect;

/** Identifiers come only from the schema, and are always quoted: Enfyra's names are case-sensitive ("createdAt"). */
public interface Quoting {

    String quote(String identifier);

    /** Double quotes, with embedded quotes doubled (H2, PostgreSQL). */
    Quoting DOUBLE_QUOTES = id -> "\"" + id.replace("\"", "\"\"") + "\"";

    /** Backticks (MySQL, MariaDB). */
    Quoting BACKTICKS = id -> "`" + id.replace("`", "``") + "`";
}
