package dev.enfyra.runtime.dialect.mysql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.enfyra.core.filter.Operator;
import dev.enfyra.core.schema.Column;
import dev.enfyra.core.schema.DataType;
import dev.enfyra.core.schema.ForeignKey;
import dev.enfyra.core.schema.Schema;
import dev.enfyra.core.schema.Table;
import dev.enfyra.runtime.dialect.Dialect;
import dev.enfyra.runtime.dialect.ErrorTranslator;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pins the SQL of both flavors. MariaDB's is also run by the conformance suite; MySQL's can only
 * be checked here, as no MySQL server runs where this is built.
 */
class MySqlFlavorTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final Table USERS = new Table("users",
            List.of(Column.builder("id", DataType.UUID).primary(true).generated(true).build()), List.of());

    private static final Table POSTS = new Table("posts", List.of(
            Column.builder("id", DataType.INT).primary(true).generated(true).build(),
            Column.builder("title", DataType.VARCHAR).length(200).nullable(false).build(),
            Column.builder("body", DataType.TEXT).defaultValue(NODES.textNode("x")).build(),
            Column.builder("settings", DataType.SIMPLE_JSON).defaultValue(NODES.objectNode().put("a", 1)).build(),
            Column.builder("created", DataType.DATETIME).nullable(false).defaultNow(true).build(),
            Column.builder("day", DataType.DATE).defaultNow(true).build(),
            Column.builder("status", DataType.ENUM).enumValues(List.of("draft", "published")).nullable(false)
                    .defaultValue(NODES.textNode("draft")).build(),
            Column.builder("active", DataType.BOOLEAN).defaultValue(NODES.booleanNode(true)).build()),
            List.of(), List.of(), List.of(new ForeignKey("fk_posts_author", "author", "authorId", "users", "id", "CASCADE", false, false)));

    private static final Schema SCHEMA = new Schema(List.of(USERS, POSTS));

    @Test
    void mysqlUsesJsonAndBinaryNoPadCollationAndNoDefaultsOnTextOrJson() {
        assertEquals("""
                CREATE TABLE `posts` (
                  `id` INT AUTO_INCREMENT PRIMARY KEY,
                  `title` VARCHAR(200) COLLATE utf8mb4_0900_bin NOT NULL,
                  `body` LONGTEXT COLLATE utf8mb4_0900_bin,
                  `settings` JSON,
                  `created` DATETIME(3) DEFAULT (UTC_TIMESTAMP(3)) NOT NULL,
                  `day` DATE DEFAULT (UTC_DATE()),
                  `status` VARCHAR(255) COLLATE utf8mb4_0900_bin DEFAULT 'draft' NOT NULL CHECK (`status` IN ('draft', 'published')),
                  `active` TINYINT(1) DEFAULT 1,
                  `authorId` CHAR(36) COLLATE utf8mb4_0900_bin NOT NULL
                ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_bin""",
                new MySqlDialect(MySqlDialect.Flavor.MYSQL).ddl().createTable(POSTS, SCHEMA));
    }

    @Test
    void mariadbSpellsJsonAsCheckedLongtextAndKeepsEveryDefault() {
        assertEquals("""
                CREATE TABLE `posts` (
                  `id` INT AUTO_INCREMENT PRIMARY KEY,
                  `title` VARCHAR(200) COLLATE utf8mb4_nopad_bin NOT NULL,
                  `body` LONGTEXT COLLATE utf8mb4_nopad_bin DEFAULT 'x',
                  `settings` LONGTEXT COLLATE utf8mb4_nopad_bin DEFAULT '{"a":1}' CHECK (JSON_VALID(`settings`)),
                  `created` DATETIME(3) DEFAULT (UTC_TIMESTAMP(3)) NOT NULL,
                  `day` DATE DEFAULT (UTC_DATE()),
                  `status` VARCHAR(255) COLLATE utf8mb4_nopad_bin DEFAULT 'draft' NOT NULL CHECK (`status` IN ('draft', 'published')),
                  `active` TINYINT(1) DEFAULT 1,
                  `authorId` CHAR(36) COLLATE utf8mb4_nopad_bin NOT NULL
                ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin""",
                new MySqlDialect(MySqlDialect.Flavor.MARIADB).ddl().createTable(POSTS, SCHEMA));
    }

    @Test
    void searchesThroughTheFlavorsAccentInsensitiveCollation() {
        Dialect mysql = Dialect.forJdbcUrl("jdbc:mysql://localhost/x");
        Dialect mariadb = Dialect.forJdbcUrl("jdbc:mariadb://localhost/x");
        assertEquals("`t` COLLATE utf8mb4_0900_ai_ci LIKE ? ESCAPE '!'", mysql.text().predicate("`t`"));
        assertEquals("`t` COLLATE utf8mb4_unicode_ci LIKE ? ESCAPE '!'", mariadb.text().predicate("`t`"));
        assertEquals("%100!% re!_sume!!%", mysql.text().pattern(Operator.CONTAINS, "100% RE_SUMÉ!"));
        assertEquals("`x` IS NULL, `x`", mysql.paging().orderKey("`x`", false));
        assertEquals("`x` IS NOT NULL, `x` DESC", mysql.paging().orderKey("`x`", true));
    }

    @Test
    void classifiesMysqlsOwnCheckError() {
        ErrorTranslator errors = new MySqlDialect(MySqlDialect.Flavor.MYSQL).errors();
        SQLException check = new SQLException("Check constraint 'posts_chk_1' is violated.", "HY000", 3819);
        assertEquals(ErrorTranslator.Kind.CHECK_VIOLATION, errors.classify(check).kind());
        assertEquals(ErrorTranslator.Kind.UNIQUE_VIOLATION,
                errors.classify(new SQLException("wrapped", new SQLException("Duplicate entry", "23000", 1062))).kind());
    }
}
