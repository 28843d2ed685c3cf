package dev.enfyra.codegen.model;

import dev.enfyra.codegen.diag.DiagnosticCode;
import dev.enfyra.codegen.diag.Diagnostics;
import dev.enfyra.codegen.diag.Origin;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Two snapshot names that the naming strategy maps to one Java identifier would make
 * generated code that does not compile; report them here, where the fix is a rename.
 */
final class JavaNames {

    /** A name to check and where it was written. */
    record Named(String name, Origin origin) {
    }

    private final Diagnostics d;
    private final NamingStrategy naming;

    JavaNames(Diagnostics d, NamingStrategy naming) {
        this.d = d;
        this.naming = naming;
    }

    void checkTypes(List<Named> tables) {
        check(tables, naming::typeName, "table", "type");
    }

    /** Columns and relations of one table share the record's components and the metamodel's constants. */
    void checkMembers(String table, List<Named> fields) {
        // One report per pair: names that clash as members nearly always clash as constants too.
        if (!check(fields, naming::memberName, "field of \"" + table + "\"", "member")) {
            check(fields, naming::constantName, "field of \"" + table + "\"", "constant");
        }
    }

    /** Returns true when it reported a clash. */
    private boolean check(List<Named> names, Function<String, String> mapping, String what, String kind) {
        boolean clashed = false;
        Map<String, Named> seen = new HashMap<>();
        for (Named named : names) {
            String java = mapping.apply(named.name());
            Named first = seen.putIfAbsent(java, named);
            if (first != null && !first.name().equals(named.name())) {
                clashed = true;
                d.report(DiagnosticCode.JAVA_NAME_CLASH, named.origin(), what + " \"" + named.name() + "\" and \""
                                + first.name() + "\" both become the Java " + kind + " name \"" + java + "\"")
                        .found("\"" + first.name() + "\" and \"" + named.name() + "\"")
                        .expected("names that stay distinct in Java (case and separators like _ are not enough)")
                        .hint("rename one of them")
                        .add();
            }
        }
        return clashed;
    }
}
