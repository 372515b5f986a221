package io.alembic.detect.parts;

import java.util.ArrayList;
import java.util.List;

/**
 * Lower-cased runs of letters, digits and combining marks; punctuation and whitespace only separate tokens. Scripts
 * written without spaces between words (Han, kana, Thai, Lao, Khmer, Myanmar) give one token per character (with its
 * vowel signs), so a Chinese or Thai prompt has structure to compare instead of being one giant "word".
 */
public final class Tokenizer {
    private Tokenizer() { }

    public static List<String> tokens(String text) {
        // lower-case once and cut tokens from that copy, unless lower-casing changes the length (e.g. dotted capital I)
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        boolean aligned = lower.length() == text.length();
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            boolean mark = i < text.length() && mark(c);
            if (mark && start < 0 && !out.isEmpty() && i > 0 && (mark(text.charAt(i - 1)) || unspaced(text.charAt(i - 1)))) {
                // a vowel sign after a character of an unspaced script belongs to that character's token
                String last = out.remove(out.size() - 1);
                out.add(last + c);
                continue;
            }
            boolean word = i < text.length() && (Character.isLetterOrDigit(c) || (mark && start >= 0));
            boolean single = word && !mark && unspaced(c);
            if ((!word || single) && start >= 0) {
                out.add(aligned ? lower.substring(start, i) : text.substring(start, i).toLowerCase(java.util.Locale.ROOT));
                start = -1;
            }
            if (single) out.add(String.valueOf(c));
            else if (word && start < 0) start = i;
        }
        return out;
    }

    /** Combining vowel signs and viramas (Devanagari, Thai, ...): part of the word they sit in, not separators. */
    static boolean mark(char c) {
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK || t == Character.ENCLOSING_MARK;
    }

    /** Characters of scripts that do not separate words with spaces. */
    static boolean unspaced(char c) {
        if (c < 0x0E00) return false; // fast path: Latin, Greek, Cyrillic, Arabic, Hebrew, Devanagari...
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.THAI || s == Character.UnicodeScript.LAO
                || s == Character.UnicodeScript.KHMER || s == Character.UnicodeScript.MYANMAR;
    }

    /** The text lower-cased with every non-word run collapsed to one space, for phrase matching. */
    public static String normalise(String text) {
        return " " + String.join(" ", tokens(text)) + " ";
    }
}
