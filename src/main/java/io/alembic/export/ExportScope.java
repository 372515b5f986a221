package io.alembic.export;

import java.util.List;

/**
 * Which records an export covers: the whole case, some accounts, what a tag reaches (as {@code tag:NAME} finds in
 * search) or every hit of a query. For STIX, "the whole case" means the accounts the detection run flagged: marking
 * every customer of the provider as an indicator would be false.
 */
public record ExportScope(Kind kind, List<String> values) {
    public enum Kind { ALL, ACCOUNTS, TAG, QUERY }

    public ExportScope {
        values = List.copyOf(values);
        if (kind == Kind.ALL && !values.isEmpty()) throw new IllegalArgumentException("the whole case takes no values");
        if (kind != Kind.ALL && values.isEmpty()) throw new IllegalArgumentException(kind.name().toLowerCase() + " scope needs a value");
        if ((kind == Kind.TAG || kind == Kind.QUERY) && values.size() != 1) {
            throw new IllegalArgumentException(kind.name().toLowerCase() + " scope takes exactly one value");
        }
    }

    public static ExportScope all() { return new ExportScope(Kind.ALL, List.of()); }

    public static ExportScope accounts(List<String> ids) { return new ExportScope(Kind.ACCOUNTS, ids); }

    public static ExportScope tag(String tag) { return new ExportScope(Kind.TAG, List.of(tag)); }

    public static ExportScope query(String query) { return new ExportScope(Kind.QUERY, List.of(query)); }

    public String value() { return values.isEmpty() ? null : values.get(0); }

    /** In words, for the audit log, the CLI and the files' own headers. */
    public String describe() {
        return switch (kind) {
            case ALL -> "whole case";
            case ACCOUNTS -> "accounts " + String.join(", ", values);
            case TAG -> "tag " + values.get(0);
            case QUERY -> "query " + values.get(0);
        };
    }
}
