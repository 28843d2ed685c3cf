package dev.enfyra.core.filter;

import dev.enfyra.core.query.QueryException;

/** A filter sent by a client is invalid: always {@link QueryException.Code#BAD_REQUEST}. */
public final class FilterException extends QueryException {

    public FilterException(String location, String detail) {
        super(Code.BAD_REQUEST, location, detail);
    }
}
