package io.alembic.report.doc;

/** Starts the next block on a new page (each account and the appendix begin on their own page in print). */
public record PageBreak() implements Block {}
