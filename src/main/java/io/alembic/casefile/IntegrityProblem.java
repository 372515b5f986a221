package io.alembic.casefile;

/**
 * One thing verify found broken: what kind, where (file and line, row, index document), what the record made at the
 * time says and what is there now. Kinds are stable names auditors and scripts can match on (README, verify).
 */
public record IntegrityProblem(String kind, String where, String expected, String found) {
    @Override
    public String toString() { return kind + ": " + where + ": expected " + expected + ", found " + found; }
}
