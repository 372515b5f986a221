package io.alembic.casefile;

/** Something verify could not check on this case (made before the check existed); not a failure. */
public record IntegrityWarning(String kind, String where, String message) {
    @Override
    public String toString() { return kind + ": " + where + ": " + message; }
}
