package io.alembic.casefile;

/** The analyst cancelled an import; everything committed before the cancel stays and a rerun resumes. */
public class ImportCancelledException extends RuntimeException {
    public ImportCancelledException(String message) { super(message); }
}
