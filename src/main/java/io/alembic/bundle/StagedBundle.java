package io.alembic.bundle;

import java.nio.file.Path;
import java.util.Map;

/** A bundle copied (not yet verified) into a staging folder of the case, with the hash of every file. */
public record StagedBundle(Manifest manifest, String manifestSha256, Path dir, Map<String, CopiedFile> files, String source) {}
