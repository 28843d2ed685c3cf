package dev.enfyra.core.schema;

import java.util.Optional;

/** The four relation types of Enfyra, named as in {@code snapshot.json}. */
public enum RelationKind {
    MANY_TO_ONE("many-to-one"),
    ONE_TO_MANY("one-to-many"),
    ONE_TO_ONE("one-to-one"),
    MANY_TO_MANY("many-to-many");

    private final String enfyraName;

    RelationKind(String enfyraName) {
        this.enfyraName = enfyraName;
    }

    public String enfyraName() {
        return enfyraName;
    }

    public static Optional<RelationKind> fromEnfyraName(String name) {
        for (RelationKind kind : values()) {
            if (kind.enfyraName.equals(name)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** At most one related row: many-to-one and one-to-one (either side). */
    public boolean isToOne() {
        return this == MANY_TO_ONE || this == ONE_TO_ONE;
    }

    /** Any number of related rows: one-to-many and many-to-many. */
    public boolean isToMany() {
        return !isToOne();
    }
}
