package io.alembic.store;

/** A database failure, with the case database named; SQL details stay inside the store. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) { super(message, cause); }
}
