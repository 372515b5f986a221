package io.alembic.ui;

import java.util.List;
import java.util.Locale;

/** Small text formatting helpers shared by the views. */
final class Fmt {
    private Fmt() { }

    /** A facet count as the panel shows it: an estimate carries "≈", so it never reads as a count. */
    static String facetCount(long count, boolean estimate) { return (estimate ? "≈" : "") + count(count); }

    /** What sampled facet counts were estimated from. */
    static String sampleNote(long sampleSize, long total) {
        return "≈ estimated from an evenly spread sample of " + count(sampleSize) + " of " + count(total) + " hits";
    }

    static String count(long n) { return String.format(Locale.ROOT, "%,d", n); }

    /** "2026-01-14T03:12:45.123Z" → "2026-01-14 03:12:45". Leaves other shapes alone. */
    static String time(String iso) {
        if (iso == null) return "";
        String s = iso.replace('T', ' ');
        int dot = s.indexOf('.');
        if (dot > 0) s = s.substring(0, dot);
        if (s.endsWith("Z")) s = s.substring(0, s.length() - 1);
        return s;
    }

    static String join(List<?> values) {
        if (values == null || values.isEmpty()) return "";
        StringBuilder sb = new StringBuilder();
        for (Object v : values) {
            if (v == null) continue;
            if (sb.length() > 0) sb.append(", ");
            sb.append(v);
        }
        return sb.toString();
    }

    static String nullToEmpty(Object o) { return o == null ? "" : o.toString(); }

    /** One line, at most {@code max} characters, for table cells. */
    static String oneLine(String s, int max) {
        if (s == null) return "";
        String t = s.replace('\r', ' ').replace('\n', ' ').replace('\t', ' ');
        return t.length() <= max ? t : t.substring(0, max - 1) + "…";
    }

    /** The message of an exception, unwrapped to the first cause that says something. */
    static String message(Throwable t) {
        if (t == null) return "Unknown error";
        Throwable cur = t;
        while (cur.getCause() != null && (cur.getMessage() == null || cur.getMessage().isBlank()
                || cur.getMessage().equals(cur.getCause().toString()))) {
            cur = cur.getCause();
        }
        String msg = cur.getMessage();
        return msg == null || msg.isBlank() ? cur.getClass().getSimpleName() : msg;
    }
}
