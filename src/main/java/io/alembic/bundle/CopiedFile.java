package io.alembic.bundle;

/** A bundle file as copied into the case: its path inside the bundle, hash and size of the bytes copied. */
public record CopiedFile(String path, String sha256, long bytes) {}
