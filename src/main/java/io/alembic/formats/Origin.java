package io.alembic.formats;

/** A place in a source file: its path in the bundle ({@code source/...}) and line (1-based). */
public record Origin(String file, long line) {}
