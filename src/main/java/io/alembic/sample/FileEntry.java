package io.alembic.sample;

/** One manifest "files" entry: path relative to the bundle root, hash and size of the stored bytes, line count. */
record FileEntry(String path, String kind, String sha256, long bytes, long records) {}
