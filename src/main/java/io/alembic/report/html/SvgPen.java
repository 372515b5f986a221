package io.alembic.report.html;

import io.alembic.report.chart.Pen;

import java.util.Locale;

/** Draws a chart as an SVG document, the HTML version's counterpart of the PDF page. */
final class SvgPen implements Pen {
    private final StringBuilder svg = new StringBuilder();
    private final double width;
    private final double height;

    SvgPen(double width, double height) {
        this.width = width;
        this.height = height;
    }

    private static String n(double v) { return String.format(Locale.ROOT, "%.2f", v); }

    private static String c(int rgb) { return String.format(Locale.ROOT, "#%06x", rgb & 0xFFFFFF); }

    @Override
    public void fillRect(double x, double y, double w, double h, int rgb) {
        svg.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
                .append("\" height=\"").append(n(h)).append("\" fill=\"").append(c(rgb)).append("\"/>");
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, double width, int rgb) { stroke(x1, y1, x2, y2, width, rgb, ""); }

    @Override
    public void dashedLine(double x1, double y1, double x2, double y2, double width, int rgb) {
        stroke(x1, y1, x2, y2, width, rgb, " stroke-dasharray=\"3 2\"");
    }

    private void stroke(double x1, double y1, double x2, double y2, double w, int rgb, String extra) {
        svg.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
                .append("\" y2=\"").append(n(y2)).append("\" stroke=\"").append(c(rgb)).append("\" stroke-width=\"")
                .append(n(w)).append('"').append(extra).append("/>");
    }

    @Override
    public void circle(double cx, double cy, double r, int fillRgb, int strokeRgb, double strokeWidth) {
        svg.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"").append(n(r))
                .append("\" fill=\"").append(c(fillRgb)).append("\" stroke=\"").append(c(strokeRgb)).append("\" stroke-width=\"")
                .append(n(strokeWidth)).append("\"/>");
    }

    @Override
    public void text(double x, double baselineY, String text, double size, int rgb, Align align) {
        String anchor = align == Align.LEFT ? "start" : align == Align.CENTER ? "middle" : "end";
        svg.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(baselineY)).append("\" font-size=\"").append(n(size))
                .append("\" fill=\"").append(c(rgb)).append("\" text-anchor=\"").append(anchor).append("\">")
                .append(Html.text(text).replace('\n', ' ')).append("</text>");
    }

    String document() {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + n(width * 1.5) + "\" height=\"" + n(height * 1.5)
                + "\" viewBox=\"0 0 " + n(width) + " " + n(height) + "\" font-family=\"DejaVu Sans, Verdana, sans-serif\">"
                + svg + "</svg>";
    }
}
