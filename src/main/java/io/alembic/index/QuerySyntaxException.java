package io.alembic.index;

/** The analyst's query could not be parsed; the message says where. */
public class QuerySyntaxException extends RuntimeException {
    public QuerySyntaxException(String message) { super(message); }
}
