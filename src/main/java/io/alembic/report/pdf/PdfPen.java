package io.alembic.report.pdf;

import io.alembic.report.chart.Pen;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Charts drawn straight onto a page as vector paths and text, from a top-left origin on the page. */
final class PdfPen implements Pen {
    private final PDPageContentStream cs;
    private final PdfFonts.Face face;
    private final float ox;
    private final float top;

    PdfPen(PDPageContentStream cs, PdfFonts.Face face, float ox, float top) {
        this.cs = cs;
        this.face = face;
        this.ox = ox;
        this.top = top;
    }

    private float x(double v) { return (float) (ox + v); }

    private float y(double v) { return (float) (top - v); }

    @Override
    public void fillRect(double x, double y, double w, double h, int rgb) {
        run(() -> {
            cs.setNonStrokingColor(new Color(rgb));
            cs.addRect(x(x), y(y + h), (float) w, (float) h);
            cs.fill();
        });
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, double width, int rgb) {
        stroke(x1, y1, x2, y2, width, rgb, false);
    }

    @Override
    public void dashedLine(double x1, double y1, double x2, double y2, double width, int rgb) {
        stroke(x1, y1, x2, y2, width, rgb, true);
    }

    private void stroke(double x1, double y1, double x2, double y2, double width, int rgb, boolean dashed) {
        run(() -> {
            cs.setStrokingColor(new Color(rgb));
            cs.setLineWidth((float) width);
            cs.setLineDashPattern(dashed ? new float[]{3f, 2f} : new float[0], 0);
            cs.moveTo(x(x1), y(y1));
            cs.lineTo(x(x2), y(y2));
            cs.stroke();
            cs.setLineDashPattern(new float[0], 0);
        });
    }

    @Override
    public void circle(double cx, double cy, double r, int fillRgb, int strokeRgb, double strokeWidth) {
        run(() -> {
            // four cubic Béziers: the usual circle approximation
            float k = (float) (0.5523 * r);
            float x = x(cx), y = y(cy), rr = (float) r;
            cs.setNonStrokingColor(new Color(fillRgb));
            cs.setStrokingColor(new Color(strokeRgb));
            cs.setLineWidth((float) strokeWidth);
            cs.moveTo(x + rr, y);
            cs.curveTo(x + rr, y + k, x + k, y + rr, x, y + rr);
            cs.curveTo(x - k, y + rr, x - rr, y + k, x - rr, y);
            cs.curveTo(x - rr, y - k, x - k, y - rr, x, y - rr);
            cs.curveTo(x + k, y - rr, x + rr, y - k, x + rr, y);
            cs.closePath();
            cs.fillAndStroke();
        });
    }

    @Override
    public void text(double x, double baselineY, String text, double size, int rgb, Align align) {
        String t = PdfText.fit(text, face).replace('\n', ' ');
        float w = face.width(t, (float) size);
        double start = align == Align.LEFT ? x : align == Align.CENTER ? x - w / 2 : x - w;
        run(() -> {
            cs.beginText();
            cs.setFont(face.font(), (float) size);
            cs.setNonStrokingColor(new Color(rgb));
            cs.newLineAtOffset(x(start), y(baselineY));
            cs.showText(t);
            cs.endText();
        });
    }

    private interface Io { void run() throws IOException; }

    private static void run(Io io) {
        try {
            io.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
