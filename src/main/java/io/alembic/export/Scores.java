package io.alembic.export;

/** Scores as the CLI shows them: three decimals, so exports do not carry floating-point noise. */
final class Scores {
    private Scores() { }

    static double round(double score) { return Math.round(score * 1000) / 1000.0; }
}
