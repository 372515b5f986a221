package io.alembic.report;

/** How values are printed in tables: times with a space between date and clock, so a narrow column breaks there. */
final class Shown {
    private Shown() { }

    static String time(String iso) {
        if (iso == null) return "";
        return iso.length() > 10 && iso.charAt(10) == 'T' ? iso.substring(0, 10) + " " + iso.substring(11) : iso;
    }
}
