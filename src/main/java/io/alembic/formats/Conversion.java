package io.alembic.formats;

import java.nio.file.Path;
import java.util.List;

/**
 * A native bundle written from loose or foreign files. {@code formats}: the readers used, in registry order;
 * {@code unrecognised}: source files no reader claimed (kept as evidence, not imported).
 */
public record Conversion(Path dir, String bundleId, List<String> formats, long records, long accounts, long rejected,
                         List<String> sources, List<String> unrecognised, List<String> notes) {}
