package io.alembic.store;

/**
 * SQLite refused one record as larger than its limit for a single value. Nothing of the record is left in the
 * transaction, so the importer quarantines it and goes on.
 */
public final class RecordTooLargeException extends StoreException {
    public RecordTooLargeException(String message, Throwable cause) { super(message, cause); }
}
