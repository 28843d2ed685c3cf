package dev.enfyra.codegen.model;

import dev.enfyra.codegen.diag.DiagnosticCode;
import dev.enfyra.codegen.diag.Diagnostics;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Pairs each declared relation with its other side: the relation the target declares under
 * {@code inversePropertyName}, or one to generate there. As in Enfyra, the side met first
 * (snapshot order, then {@code relations[]} order) is the primary: for a many-to-many it owns
 * the junction, whose name is hashed from its table, property and target.
 */
final class RelationLinker {

    /** {@code counterpart} is the declared other side, or null; {@code inverse} the other side's name, or null. */
    record Pair(Declared primary, Declared counterpart, String inverse) {
    }

    private final Diagnostics d;
    private final Map<String, Declared> declared;
    private final Map<String, Pair> pairs = new LinkedHashMap<>();
    private final Map<String, String> partnerOf = new HashMap<>();
    /** Lower-cased "table.property" of every generated inverse, to catch two claims on one name. */
    private final Map<String, Declared> generatedBy = new HashMap<>();
    /** Declarations already named in a mismatch report, so the other side does not report it again. */
    private final Set<String> reported = new HashSet<>();

    /** Declarations by lower-cased key: databases and JSON clients do not tell "Posts" from "posts". */
    private final Map<String, Declared> declaredIgnoringCase = new HashMap<>();

    RelationLinker(Diagnostics d, Map<String, Declared> declared) {
        this.d = d;
        this.declared = declared;
        declared.values().forEach(x -> declaredIgnoringCase.putIfAbsent(x.key().toLowerCase(Locale.ROOT), x));
    }

    List<Pair> link() {
        for (Declared decl : declared.values()) {
            if (!partnerOf.containsKey(decl.key())) {
                pairs.put(decl.key(), pair(decl));
            }
        }
        return List.copyOf(pairs.values());
    }

    private Pair pair(Declared decl) {
        String inverse = decl.inverse();
        partnerOf.put(decl.key(), null);
        if (inverse == null || !Identifiers.check(decl.raw().inversePropertyName(), "inverse property", d)) {
            return new Pair(decl, null, null);
        }
        TableDraft target = decl.target();
        if (target.hasColumn(inverse)) {
            clash(DiagnosticCode.INVERSE_CLASHES_WITH_COLUMN, decl, "a column of \"" + target.name() + "\" has that name");
            return new Pair(decl, null, null);
        }
        Declared other = declaredIgnoringCase(target.name(), inverse);
        if (other == null) {
            return generated(decl, inverse);
        }
        if (other == decl) {
            clash(DiagnosticCode.INVERSE_CLASHES_WITH_RELATION, decl, "it is this relation's own name");
            return new Pair(decl, null, null);
        }
        return counterpart(decl, other);
    }

    private Pair generated(Declared decl, String inverse) {
        String key = Declared.key(decl.target().name(), inverse).toLowerCase(Locale.ROOT);
        Declared earlier = generatedBy.putIfAbsent(key, decl);
        if (earlier != null) {
            clash(DiagnosticCode.INVERSE_CLASHES_WITH_RELATION, decl,
                    "relation \"" + earlier.table().name() + "." + earlier.property() + "\" already generates it");
            return new Pair(decl, null, null);
        }
        return new Pair(decl, null, inverse);
    }

    private Pair counterpart(Declared decl, Declared other) {
        boolean pointsBack = other.target() == decl.table();
        if (!pointsBack) {
            clash(DiagnosticCode.INVERSE_CLASHES_WITH_RELATION, decl, "relation \"" + other.table().name() + "."
                    + other.property() + "\" has that name and points at \"" + other.target().name() + "\"");
            return new Pair(decl, null, null);
        }
        String otherInverse = other.inverse();
        boolean kindsFit = other.kind() == decl.kind().inverse();
        boolean namesFit = otherInverse == null || otherInverse.equals(decl.property());
        boolean free = !partnerOf.containsKey(other.key()) || isUnpairedPrimary(other);
        if (!kindsFit || !namesFit || !free) {
            mismatch(decl, other, kindsFit, namesFit);
            return new Pair(decl, null, null);
        }
        if (partnerOf.containsKey(other.key())) {
            // The other side came first without naming an inverse; it stays the primary.
            partnerOf.put(decl.key(), other.key());
            pairs.put(other.key(), new Pair(other, decl, decl.property()));
            return pairs.get(other.key());
        }
        partnerOf.put(other.key(), decl.key());
        return new Pair(decl, other, other.property());
    }

    private boolean isUnpairedPrimary(Declared other) {
        Pair pair = pairs.get(other.key());
        return pair != null && pair.inverse() == null && other.inverse() == null;
    }

    private Declared declaredIgnoringCase(String table, String property) {
        Declared exact = declared.get(Declared.key(table, property));
        if (exact != null) {
            return exact;
        }
        return declaredIgnoringCase.get(Declared.key(table, property).toLowerCase(Locale.ROOT));
    }

    private void clash(DiagnosticCode code, Declared decl, String why) {
        String inverse = decl.inverse();
        d.report(code, decl.raw().inversePropertyName().origin(),
                        decl.where() + ": inverse property \"" + inverse + "\" cannot be created on \""
                                + decl.target().name() + "\": " + why)
                .found("\"inversePropertyName\": \"" + inverse + "\"")
                .expected("a name not yet used by a column or another relation of \"" + decl.target().name() + "\"")
                .hint("rename the inverse, e.g. \"" + inverse + "By" + capitalize(decl.property()) + "\"")
                .add();
    }

    private void mismatch(Declared decl, Declared other, boolean kindsFit, boolean namesFit) {
        String pairKey = decl.key().compareTo(other.key()) < 0 ? decl.key() + "|" + other.key() : other.key() + "|" + decl.key();
        if (!reported.add(pairKey)) {
            return;
        }
        String why = !kindsFit
                ? "\"" + other.table().name() + "." + other.property() + "\" is " + other.kind().enfyraName()
                        + ", but the inverse of a " + decl.kind().enfyraName() + " must be " + decl.kind().inverse().enfyraName()
                : !namesFit
                        ? "\"" + other.table().name() + "." + other.property() + "\" names \"" + other.inverse()
                                + "\" as its inverse, not \"" + decl.property() + "\""
                        : "\"" + other.table().name() + "." + other.property() + "\" is already the inverse of another relation";
        d.report(DiagnosticCode.INVERSE_MISMATCH, decl.raw().inversePropertyName().origin(),
                        decl.where() + " and its declared inverse disagree: " + why)
                .found(decl.kind().enfyraName() + " \"" + decl.property() + "\" ↔ " + other.kind().enfyraName() + " \"" + other.property() + "\"")
                .expected("a " + decl.kind().inverse().enfyraName() + " \"" + other.property() + "\" on \""
                        + other.table().name() + "\" whose inversePropertyName is \"" + decl.property() + "\"")
                .hint("make the two declarations agree, or remove one side and let inversePropertyName generate it")
                .add();
    }

    private static String capitalize(String s) {
        return NamingStrategy.DEFAULT.typeName(s);
    }
}
