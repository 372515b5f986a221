package io.alembic.report.doc;

import java.util.List;

/** Label / value pairs (the cover's facts, an account's summary); mono values are ids and hashes set in a fixed font. */
public record Fields(List<Field> fields) implements Block {
    public record Field(String label, String value, boolean mono) {}

    public Fields { fields = List.copyOf(fields); }
}
