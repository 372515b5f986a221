package io.alembic.report.chart;

/**
 * Colours that stay distinct in greyscale print: the three status classes differ in lightness as well as hue, the
 * heat map is a single-hue ramp.
 */
final class Palette {
    static final int INK = 0x222222;
    static final int AXIS = 0x888888;
    static final int GRID = 0xDDDDDD;
    static final int OK = 0x3B6EA8;
    static final int LIMITED = 0xD98C1F;
    static final int OTHER = 0xB03A2E;
    static final int FLAGGED = 0xB03A2E;
    static final int NODE = 0x9DB7D5;

    private Palette() { }

    /** White to dark blue as share goes 0 to 1. */
    static int ramp(double share) {
        double t = Math.max(0, Math.min(1, share));
        int r = (int) Math.round(255 + (0x1F - 255) * t);
        int g = (int) Math.round(255 + (0x3A - 255) * t);
        int b = (int) Math.round(255 + (0x6B - 255) * t);
        return (r << 16) | (g << 8) | b;
    }
}
