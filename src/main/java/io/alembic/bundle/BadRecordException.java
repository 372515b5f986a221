package io.alembic.bundle;

/** A line that cannot become a record; the message is the quarantine reason shown to the analyst. */
public class BadRecordException extends Exception {
    public BadRecordException(String reason) { super(reason, null, false, false); }
}
