package io.alembic.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A desktop opens a file with {@code alembic FILE}: for an evidence bundle (.zip) that means the GUI on a case made
 * for it. The case goes to {@code ~/AlembicCases/NAME}, not beside the zip, which may sit on read-only evidence media;
 * opening the same bundle again reopens that case (a repeated import adds nothing).
 */
final class OpenBundleArgs {
    private OpenBundleArgs() { }

    static String[] rewrite(String[] args, Path home) {
        if (args.length != 1 || !args[0].toLowerCase(Locale.ROOT).endsWith(".zip")) return args;
        Path zip = Path.of(args[0]);
        if (!Files.isRegularFile(zip)) return args;
        String name = zip.getFileName().toString();
        Path caseDir = home.resolve("AlembicCases").resolve(name.substring(0, name.length() - 4));
        return new String[] {"gui", "--case", caseDir.toString(), "--import", zip.toAbsolutePath().toString()};
    }
}
