package io.alembic.report.pdf;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The bundled DejaVu faces embedded (subset) into one document, with their character maps, so text can be checked for
 * glyphs before it is shown: PDFBox refuses a character its font lacks, and a prompt may contain anything.
 */
final class PdfFonts {
    private static final byte[] SANS = resource("DejaVuSans.ttf");
    private static final byte[] BOLD = resource("DejaVuSans-Bold.ttf");
    private static final byte[] MONO = resource("DejaVuSansMono.ttf");

    /** One face: the PDF font and the lookup that says whether it can draw a code point. */
    record Face(PDType0Font font, CmapLookup cmap) {
        boolean canShow(int codePoint) {
            return cmap.getGlyphId(codePoint) != 0;
        }

        float width(String text, float size) {
            try {
                return font.getStringWidth(text) / 1000f * size;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    final Face sans;
    final Face bold;
    final Face mono;

    PdfFonts(PDDocument doc) throws IOException {
        sans = face(doc, SANS);
        bold = face(doc, BOLD);
        mono = face(doc, MONO);
    }

    private static Face face(PDDocument doc, byte[] ttfBytes) throws IOException {
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(ttfBytes));
        // the document closes the font when it is saved and closed
        return new Face(PDType0Font.load(doc, ttf, true), ttf.getUnicodeCmapLookup());
    }

    private static byte[] resource(String name) {
        try (InputStream in = PdfFonts.class.getResourceAsStream("/io/alembic/report/fonts/" + name)) {
            if (in == null) throw new IllegalStateException("font " + name + " is not bundled");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
