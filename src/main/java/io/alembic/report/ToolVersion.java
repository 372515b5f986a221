package io.alembic.report;

/** The tool's name and version as exhibits state it and the CLI's --version prints it: one place, so they agree. */
public final class ToolVersion {
    public static final String TEXT = "Alembic 0.1.0";

    private ToolVersion() { }
}
