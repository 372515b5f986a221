package io.alembic.detect.parts;

import java.util.ArrayList;
import java.util.List;

/** Lower-cased runs of letters and digits; punctuation and whitespace only separate tokens. */
public final class Tokenizer {
    private Tokenizer() { }

    public static List<String> tokens(String text) {
        // lower-case once and cut tokens from that copy, unless lower-casing changes the length (e.g. dotted capital I)
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        boolean aligned = lower.length() == text.length();
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean word = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (word && start < 0) start = i;
            else if (!word && start >= 0) {
                out.add(aligned ? lower.substring(start, i) : text.substring(start, i).toLowerCase(java.util.Locale.ROOT));
                start = -1;
            }
        }
        return out;
    }

    /** The text lower-cased with every non-word run collapsed to one space, for phrase matching. */
    public static String normalise(String text) {
        return " " + String.join(" ", tokens(text)) + " ";
    }
}
