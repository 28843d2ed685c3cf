package dev.enfyra.codegen.report;

/**
 * One change clients can see. Breaking: what existing clients call or read goes away or
 * changes (a route, type or component removed, renamed or re-typed), or a create now needs a
 * field it did not send.
 */
public record ApiChange(String table, String what, String detail, boolean breaking) {
}
