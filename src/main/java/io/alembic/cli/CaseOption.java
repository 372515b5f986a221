package io.alembic.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The --case option shared by every command that works on a case folder. */
final class CaseOption {
    @Option(names = "--case", required = true, paramLabel = "DIR", description = "Case folder.")
    Path dir;
}
