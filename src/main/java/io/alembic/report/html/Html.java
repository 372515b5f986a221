package io.alembic.report.html;

import io.alembic.report.doc.HostileText;

/** Text made inert for HTML and SVG: controls shown as [U+XXXX], then every markup character escaped. */
final class Html {
    private Html() { }

    static String text(String s) {
        String clean = HostileText.clean(s);
        StringBuilder b = new StringBuilder(clean.length() + 16);
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
