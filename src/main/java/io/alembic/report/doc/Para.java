package io.alembic.report.doc;

/** A paragraph of running text; {@code quiet} sets it smaller and grey (captions, notes on method). */
public record Para(String text, boolean quiet) implements Block {
    public static Para of(String text) { return new Para(text, false); }

    public static Para quiet(String text) { return new Para(text, true); }
}
