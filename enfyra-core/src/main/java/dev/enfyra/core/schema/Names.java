package dev.enfyra.core.schema;

/** Checks shared by the descriptors. */
final class Names {
    private Names() {
    }

    static String requireName(String name, String what) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return name;
    }

    static String requireName(String name, String what, String owner) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(owner + ": " + what + " must not be blank");
        }
        return name;
    }
}
