package io.alembic.sample;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Where the provider's customers are: one time zone per region (January, so only the southern hemisphere is on summer
 * time), how many of the people and of the companies live there, the public holidays of January 2026 when offices,
 * schools and many people rest, and the language people there write in when it is not English.
 */
final class Regions {
    private Regions() {}

    /** @param holidays day numbers of the window (0 = 1 January) that are public holidays there */
    record Region(String code, String country, int tzMinutes, double people, double companies, int[] holidays,
                  String language) {
        boolean holiday(int day) {
            for (int h : holidays) if (h == day) return true;
            return false;
        }
    }

    // January 2026: New Year everywhere (day 0); Japan's New Year bank holidays (1-2) and Coming of Age Day (11);
    // Epiphany (5) in parts of Europe; Martin Luther King Jr. Day (18) in the US; Republic Day in India and Australia
    // Day (25); Coptic Christmas in Egypt (6); Isra Mi'raj in Indonesia (15).
    static final List<Region> ALL = List.of(
            new Region("US-E", "US", -300, 0.13, 0.17, new int[]{0, 18}, null),
            new Region("US-C", "US", -360, 0.06, 0.05, new int[]{0, 18}, null),
            new Region("US-W", "US", -480, 0.08, 0.11, new int[]{0, 18}, null),
            new Region("CA", "CA", -300, 0.03, 0.03, new int[]{0}, null),
            new Region("MX", "MX", -360, 0.02, 0.01, new int[]{0}, "es"),
            new Region("BR", "BR", -180, 0.05, 0.025, new int[]{0}, "pt"),
            new Region("AR", "AR", -180, 0.01, 0.005, new int[]{0}, "es"),
            new Region("GB", "GB", 0, 0.05, 0.06, new int[]{0}, null),
            new Region("DE", "DE", 60, 0.04, 0.05, new int[]{0, 5}, "de"),
            new Region("FR", "FR", 60, 0.03, 0.03, new int[]{0}, "fr"),
            new Region("ES", "ES", 60, 0.02, 0.015, new int[]{0, 5}, "es"),
            new Region("IT", "IT", 60, 0.02, 0.012, new int[]{0, 5}, "it"),
            new Region("NL", "NL", 60, 0.015, 0.02, new int[]{0}, "nl"),
            new Region("PL", "PL", 60, 0.015, 0.01, new int[]{0, 5}, "pl"),
            new Region("TR", "TR", 180, 0.015, 0.008, new int[]{0}, "tr"),
            new Region("EG", "EG", 120, 0.01, 0.003, new int[]{0, 6}, "ar"),
            new Region("NG", "NG", 60, 0.015, 0.004, new int[]{0}, null),
            new Region("IN", "IN", 330, 0.09, 0.06, new int[]{0, 25}, "hi"),
            new Region("SG", "SG", 480, 0.01, 0.03, new int[]{0}, null),
            new Region("ID", "ID", 420, 0.03, 0.01, new int[]{0, 15}, "id"),
            new Region("VN", "VN", 420, 0.015, 0.008, new int[]{0}, "vi"),
            new Region("PH", "PH", 480, 0.02, 0.01, new int[]{0}, null),
            new Region("HK", "HK", 480, 0.01, 0.02, new int[]{0}, "zh"),
            new Region("TW", "TW", 480, 0.01, 0.01, new int[]{0}, "zh"),
            new Region("KR", "KR", 540, 0.025, 0.025, new int[]{0}, "ko"),
            new Region("JP", "JP", 540, 0.04, 0.04, new int[]{0, 1, 2, 11}, "ja"),
            new Region("AU", "AU", 660, 0.02, 0.025, new int[]{0, 25}, null));

    private static final double[] PEOPLE = cumulative(true), COMPANIES = cumulative(false);

    private static double[] cumulative(boolean people) {
        double[] c = new double[ALL.size()];
        double s = 0;
        for (int i = 0; i < c.length; i++) c[i] = s += people ? ALL.get(i).people() : ALL.get(i).companies();
        return c;
    }

    static Region person(SplittableRandom r) { return pick(PEOPLE, r); }

    static Region company(SplittableRandom r) { return pick(COMPANIES, r); }

    static Region byCode(String code) {
        for (Region g : ALL) if (g.code().equals(code)) return g;
        throw new IllegalArgumentException(code);
    }

    /** A region whose people write in a language other than English. */
    static Region nonEnglish(SplittableRandom r) {
        while (true) {
            Region g = person(r);
            if (g.language() != null) return g;
        }
    }

    private static Region pick(double[] cum, SplittableRandom r) {
        double x = r.nextDouble() * cum[cum.length - 1];
        for (int i = 0; i < cum.length; i++) if (x < cum[i]) return ALL.get(i);
        return ALL.get(ALL.size() - 1);
    }

    /** Local calendar day of an hour of the window. */
    static int localDay(int windowHour, int tzMinutes) {
        return Math.floorDiv(windowHour + Math.floorDiv(tzMinutes, 60), 24);
    }

    /** Day off in that region: weekend or public holiday. */
    static boolean restDay(Region g, int localDay) {
        return ActivityCurve.weekend(localDay) || g.holiday(localDay);
    }
}
