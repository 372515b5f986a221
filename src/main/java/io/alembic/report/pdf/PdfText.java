package io.alembic.report.pdf;

import io.alembic.report.doc.HostileText;

import java.util.ArrayList;
import java.util.List;

/**
 * Text fitted to a face: characters the font cannot draw become a visible {@code [U+XXXX]} (never dropped silently),
 * then lines are broken to a width. A run without spaces wider than the line is split, and for running text each
 * split is marked with a hook so the reader knows the token goes on.
 */
final class PdfText {
    static final String SPLIT_MARK = "\u21A9";

    private PdfText() { }

    /** Cleaned of controls and of characters the face lacks; tabs become spaces. */
    static String fit(String text, PdfFonts.Face face) {
        String clean = HostileText.clean(text).replace('\t', ' ');
        StringBuilder b = new StringBuilder(clean.length());
        clean.codePoints().forEach(cp -> {
            if (cp == '\n' || face.canShow(cp)) b.appendCodePoint(cp);
            else b.append(HostileText.codeOf(cp));
        });
        return b.toString();
    }

    /** Lines of at most {@code width} points; newlines in the text start new lines. Text must already be fitted. */
    static List<String> wrap(String fitted, PdfFonts.Face face, float size, float width, boolean markSplits) {
        List<String> out = new ArrayList<>();
        for (String para : fitted.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : para.split(" ")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (face.width(candidate, size) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (line.length() > 0) {
                    out.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (face.width(rest, size) > width) {
                    int cut = longestPrefix(rest, face, size, width - (markSplits ? face.width(SPLIT_MARK, size) : 0));
                    out.add(rest.substring(0, cut) + (markSplits ? SPLIT_MARK : ""));
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            out.add(line.toString());
        }
        return out;
    }

    /** Length (in chars, never splitting a surrogate pair) of the longest prefix that fits; at least one code point. */
    private static int longestPrefix(String s, PdfFonts.Face face, float size, float width) {
        int best = s.offsetByCodePoints(0, 1);
        int i = best;
        while (i < s.length()) {
            int next = s.offsetByCodePoints(i, 1);
            if (face.width(s.substring(0, next), size) > width) break;
            best = next;
            i = next;
        }
        return best;
    }
}
