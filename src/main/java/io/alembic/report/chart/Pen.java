package io.alembic.report.chart;

/**
 * What a chart draws with: the PDF page (vector, crisp in print) or an SVG for the HTML version. Coordinates are
 * points from the chart's top-left corner, y growing downwards; colours are 0xRRGGBB.
 */
public interface Pen {
    enum Align { LEFT, CENTER, RIGHT }

    void fillRect(double x, double y, double w, double h, int rgb);

    void line(double x1, double y1, double x2, double y2, double width, int rgb);

    /** A dashed line (link kinds are told apart by dash as well as colour, for black-and-white print). */
    void dashedLine(double x1, double y1, double x2, double y2, double width, int rgb);

    void circle(double cx, double cy, double r, int fillRgb, int strokeRgb, double strokeWidth);

    /** Text whose baseline starts (LEFT), centres (CENTER) or ends (RIGHT) at x. */
    void text(double x, double baselineY, String text, double size, int rgb, Align align);
}
