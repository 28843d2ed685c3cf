package dev.enfyra.runtime.dialect.h2;

import dev.enfyra.core.filter.TextFold;

/** Java functions H2 calls from SQL (CREATE ALIAS). */
public final class H2Functions {

    private H2Functions() {
    }

    /** {@link TextFold#fold}, with SQL NULL in, NULL out. */
    public static String fold(String text) {
        return text == null ? null : TextFold.fold(text);
    }
}
