package io.alembic.export;

import java.util.Locale;

/** What an export writes: records and findings as CSV or JSON, or indicators with their campaigns as a STIX 2.1 bundle. */
public enum ExportFormat {
    CSV("csv"), JSON("json"), STIX("stix");

    private final String code;

    ExportFormat(String code) { this.code = code; }

    public String code() { return code; }

    /** The file name extension a chooser suggests. */
    public String extension() { return this == STIX ? ".stix.json" : "." + code; }

    public static ExportFormat of(String code) {
        for (ExportFormat f : values()) if (f.code.equals(code.toLowerCase(Locale.ROOT))) return f;
        throw new IllegalArgumentException("unknown export format \"" + code + "\" (csv, json or stix)");
    }
}
