package dev.enfyra.codegen.emit;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.enfyra.codegen.InMemoryCompiler;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Conditions that make no sense for a column's type do not compile against the generated metamodel. */
class TypeSafetyTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Posts.VIEWS.contains(\"1\")",            // no text search on a number
        "Posts.AUTHOR.dot(Users.IS_ACTIVE).gt(true)", // no ordering on a boolean
        "Posts.TITLE.in(1, 2)",                    // in takes the column's Java type
        "Posts.META.eq(null)",                     // json: only null tests
        "Posts.TAGS.dot(Tags.NAME)",               // no join through a to-many: use some()
        "Posts.TITLE.eq(\"x\").and(Users.EMAIL.eq(\"y\"))", // conditions of another table
        "Posts.STATUS.eq(Users.Role.ADMIN)"        // another column's enum
    })
    void nonsenseDoesNotCompile(String expression) throws IOException {
        AssertionError error = assertThrows(AssertionError.class, () -> InMemoryCompiler.compile(withMisuse(expression)));
        assertTrue(error.getMessage().contains("Misuse.java"), error.getMessage());
    }

    /** The control: the same harness compiles sensible conditions, so the failures above are the types' doing. */
    @Test
    void sensibleConditionsCompile() throws IOException {
        InMemoryCompiler.compile(withMisuse("Posts.TITLE.contains(\"x\").and(Posts.AUTHOR.dot(Users.EMAIL).eq(\"y\"))"
                + ".or(Posts.TAGS.some(Tags.NAME.in(\"a\", \"b\")))"));
    }

    private static List<GeneratedFile> withMisuse(String expression) throws IOException {
        List<GeneratedFile> files = new ArrayList<>(GeneratorGoldenTest.clientOnly(
                GeneratorGoldenTest.generate(GeneratorGoldenTest.schema(GeneratorGoldenTest.BLOG))));
        files.add(new GeneratedFile("com/example/blog/Misuse.java", """
                package com.example.blog;
                class Misuse {
                    Object misuse() {
                        return %s;
                    }
                }
                """.formatted(expression)));
        return files;
    }
}
