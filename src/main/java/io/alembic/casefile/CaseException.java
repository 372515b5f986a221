package io.alembic.casefile;

/** A problem with the case folder itself (missing, not a case, unusable), phrased for the analyst. */
public class CaseException extends RuntimeException {
    public CaseException(String message) { super(message); }
}
