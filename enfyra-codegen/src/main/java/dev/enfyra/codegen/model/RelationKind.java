package dev.enfyra.codegen.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The four relation types of Enfyra's snapshot format. */
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
        return Arrays.stream(values()).filter(k -> k.enfyraName.equals(name)).findFirst();
    }

    public static List<String> enfyraNames() {
        return Arrays.stream(values()).map(RelationKind::enfyraName).toList();
    }

    /** The kind of the side generated on the target from {@code inversePropertyName}. */
    public RelationKind inverse() {
        return switch (this) {
            case MANY_TO_ONE -> ONE_TO_MANY;
            case ONE_TO_MANY -> MANY_TO_ONE;
            case ONE_TO_ONE -> ONE_TO_ONE;
            case MANY_TO_MANY -> MANY_TO_MANY;
        };
    }

    public boolean isToMany() {
        return this == ONE_TO_MANY || this == MANY_TO_MANY;
    }
}
