package io.alembic.bundle;


/** RFC 3339 by hand for the common shape (java.time's parser dominates a million-record scan); anything else falls back. */
public final class FastTime {
    private FastTime() { }

    public static long parse(String s) {
        int n = s.length();
        if (n < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':'
                || s.charAt(16) != ':') return Timestamps.parseRfc3339(s);
        int i = 19;
        int ms = 0;
        if (s.charAt(i) == '.') {
            int digits = 0;
            i++;
            while (i < n && Character.isDigit(s.charAt(i))) {
                if (digits < 3) ms = ms * 10 + (s.charAt(i) - '0');
                digits++;
                i++;
            }
            for (int d = digits; d < 3; d++) ms *= 10;
            if (digits == 0) return Timestamps.parseRfc3339(s);
        }
        int off;
        if (i == n - 1 && (s.charAt(i) == 'Z' || s.charAt(i) == 'z')) off = 0;
        else if (i == n - 6 && (s.charAt(i) == '+' || s.charAt(i) == '-') && s.charAt(i + 3) == ':') {
            off = (num(s, i + 1, 2) * 60 + num(s, i + 4, 2)) * (s.charAt(i) == '-' ? -1 : 1);
        } else return Timestamps.parseRfc3339(s);
        int y = num(s, 0, 4), mo = num(s, 5, 2), d = num(s, 8, 2), h = num(s, 11, 2), mi = num(s, 14, 2), se = num(s, 17, 2);
        if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || se > 59) return Timestamps.parseRfc3339(s);
        long day = java.time.LocalDate.of(y, mo, d).toEpochDay();
        return ((day * 24 + h) * 60 + mi - off) * 60_000L + se * 1000L + ms;
    }

    private static int num(String s, int at, int len) {
        int v = 0;
        for (int k = at; k < at + len; k++) {
            char c = s.charAt(k);
            if (c < '0' || c > '9') throw new NumberFormatException(s);
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
