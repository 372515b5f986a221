package io.alembic.report.doc;

import java.util.Locale;

/**
 * Text written by the people under investigation (prompts, user agents, account names) made safe to show: control
 * characters, bidirectional overrides and invisible format characters become a visible {@code [U+XXXX]}, so nothing
 * can reorder, hide or fake the text around it; very long runs without a space are cut with a marker.
 * Escaping for HTML is the HTML renderer's job; missing glyphs are the PDF renderer's.
 */
public final class HostileText {
    /** Marks where a long token or an excerpt was cut. */
    public static final String CUT = "\u2026";

    private HostileText() { }

    /** Visible replacements for every control or format character; newlines and tabs are kept as layout. */
    public static String clean(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp == '\n' || cp == '\t') b.append((char) cp);
            else if (cp == '\r') b.append('\n');
            else if (suspicious(cp)) b.append(codeOf(cp));
            else b.appendCodePoint(cp);
        });
        return b.toString().replace("\n\n\n", "\n\n");
    }

    static boolean suspicious(int cp) {
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
                || type == Character.SURROGATE || type == Character.PRIVATE_USE
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }

    public static String codeOf(int cp) { return String.format(Locale.ROOT, "[U+%04X]", cp); }

    /**
     * A one-line excerpt: whitespace collapsed, each run of more than {@code maxToken} characters without a space cut
     * to that length with a marker, the whole cut to {@code maxChars} with a marker naming how much was left out.
     */
    public static String excerpt(String s, int maxChars, int maxToken) {
        if (s == null) return "";
        String flat = clean(s).replaceAll("\\s+", " ").trim();
        StringBuilder b = new StringBuilder();
        for (String token : flat.split(" ")) {
            if (b.length() > 0) b.append(' ');
            int n = token.codePointCount(0, token.length());
            b.append(n > maxToken ? token.substring(0, token.offsetByCodePoints(0, maxToken)) + CUT : token);
        }
        String out = b.toString();
        int n = out.codePointCount(0, out.length());
        if (n <= maxChars) return out;
        int total = flat.codePointCount(0, flat.length());
        return out.substring(0, out.offsetByCodePoints(0, maxChars)).stripTrailing() + CUT + " [" + total + " chars in all]";
    }
}
