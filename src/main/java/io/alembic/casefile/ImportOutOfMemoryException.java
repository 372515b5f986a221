package io.alembic.casefile;

/**
 * The import ran out of heap. Everything after the last checkpoint was rolled back, so the case opens with what was
 * committed, and re-running (with a larger heap, or a smaller line limit) resumes from there.
 */
public final class ImportOutOfMemoryException extends CaseException {
    public ImportOutOfMemoryException(String message) { super(message); }
}
