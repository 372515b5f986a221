package io.alembic.ui;

import javafx.scene.paint.Color;

import java.util.List;

/** Colours the charts share; chosen to stay distinct for colour-blind readers (Okabe–Ito-like). */
final class ChartColors {
    static final Color OK = Color.web("#4e9a5f");
    static final Color LIMITED = Color.web("#e69f00");
    static final Color OTHER = Color.web("#c0392b");
    static final Color INPUT = Color.web("#0072b2");
    static final Color OUTPUT = Color.web("#cc79a7");
    static final Color REASONING = Color.web("#009e73");
    static final Color AXIS = Color.web("#667788");
    static final Color GRID = Color.web("#e4e9ee");
    static final Color TEXT = Color.web("#2b3a4a");
    static final Color BRUSH = Color.web("#2f5d8a", 0.18);
    private static final List<Color> SERIES = List.of(Color.web("#0072b2"), Color.web("#e69f00"), Color.web("#009e73"),
            Color.web("#cc79a7"), Color.web("#56b4e9"), Color.web("#d55e00"), Color.web("#f0e442"), Color.web("#999999"));

    private ChartColors() { }

    static Color series(int i) { return SERIES.get(Math.floorMod(i, SERIES.size())); }

    /** A tag's stored colour, grey if it does not parse. */
    static Color tag(String hex) {
        try {
            return hex == null ? Color.GRAY : Color.web(hex);
        } catch (IllegalArgumentException e) {
            return Color.GRAY;
        }
    }

    /** Black or white, whichever reads better on {@code bg}. */
    static Color textOn(Color bg) {
        double lum = 0.2126 * bg.getRed() + 0.7152 * bg.getGreen() + 0.0722 * bg.getBlue();
        return lum > 0.55 ? Color.BLACK : Color.WHITE;
    }

    static String hex(Color c) {
        return String.format("#%02x%02x%02x", (int) Math.round(c.getRed() * 255), (int) Math.round(c.getGreen() * 255),
                (int) Math.round(c.getBlue() * 255));
    }
}
