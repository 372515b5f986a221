package io.alembic.report.doc;

/** A section (level 1) or sub-section (level 2, 3) title. */
public record Heading(int level, String text) implements Block {}
