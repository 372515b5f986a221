package io.alembic.cli;

import io.alembic.formats.ConvertOptions;
import io.alembic.formats.GatewayMapping;

import java.io.IOException;
import java.nio.file.Path;

/** --format and --mapping as the import and bundle commands share them. */
final class FormatOptions {
    private FormatOptions() { }

    static ConvertOptions of(String format, Path mapping) throws IOException {
        return new ConvertOptions(format, mapping == null ? null : GatewayMapping.read(mapping));
    }
}
