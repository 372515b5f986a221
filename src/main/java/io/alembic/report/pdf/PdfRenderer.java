package io.alembic.report.pdf;

import io.alembic.report.ToolVersion;
import io.alembic.report.doc.Block;
import io.alembic.report.doc.ExhibitDoc;
import io.alembic.report.doc.Fields;
import io.alembic.report.doc.Figure;
import io.alembic.report.doc.Heading;
import io.alembic.report.doc.PageBreak;
import io.alembic.report.doc.Para;
import io.alembic.report.doc.Table;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

/**
 * Lays an exhibit out on A4 pages: headings kept with what follows, wrapped paragraphs, tables that break between rows
 * and repeat their header, charts as vector graphics, and a footer on every page with the exhibit id and "page i of n".
 * Everything that varies between runs (dates, the document ID) is taken from the exhibit, so the same exhibit
 * gives the same bytes.
 */
public final class PdfRenderer {
    static final PDRectangle PAGE = PDRectangle.A4;
    static final float MARGIN = 50f;
    static final float TOP = PAGE.getHeight() - 48f;
    static final float BOTTOM = 58f;
    static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;
    private static final Color INK = new Color(0x222222);
    private static final Color QUIET = new Color(0x555555);
    private static final Color RULE = new Color(0xBBBBBB);
    private static final Color HEAD_BG = new Color(0xE8ECF2);
    private static final float BODY = 9.2f;
    private static final float SMALL = 7.8f;
    private static final float CELL = 6.8f;

    private PDDocument doc;
    private PdfFonts fonts;
    private PDPageContentStream cs;
    private float y;

    /** A rendered exhibit: the PDF's bytes and its number of pages. */
    public record Rendered(byte[] bytes, int pages) {}

    /** The exhibit as PDF bytes. */
    public Rendered render(ExhibitDoc exhibit) throws IOException {
        try (PDDocument d = new PDDocument()) {
            doc = d;
            fonts = new PdfFonts(d);
            newPage();
            for (Block b : exhibit.blocks()) block(b);
            cs.close();
            footers(exhibit.id());
            info(exhibit);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            d.save(out);
            return new Rendered(out.toByteArray(), d.getNumberOfPages());
        } finally {
            doc = null;
            cs = null;
        }
    }

    private void block(Block b) throws IOException {
        if (b instanceof Heading h) heading(h);
        else if (b instanceof Para p) para(p);
        else if (b instanceof Fields f) fields(f);
        else if (b instanceof Table t) table(t);
        else if (b instanceof Figure f) figure(f);
        else if (b instanceof PageBreak && y < TOP) newPage();
    }

    private void newPage() throws IOException {
        if (cs != null) cs.close();
        PDPage page = new PDPage(PAGE);
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        y = TOP;
    }

    private void need(float h) throws IOException {
        if (y - h < BOTTOM) newPage();
    }

    private void heading(Heading h) throws IOException {
        float size = h.level() == 1 ? 15f : h.level() == 2 ? 11.5f : 9.6f;
        float before = y < TOP ? (h.level() == 1 ? 14f : 9f) : 0f;
        List<String> lines = PdfText.wrap(PdfText.fit(h.text(), fonts.bold), fonts.bold, size, WIDTH, true);
        float lead = size * 1.25f;
        // keep a heading with at least a few lines of what follows
        need(before + lines.size() * lead + 46f);
        y -= before;
        for (String l : lines) {
            y -= lead;
            show(fonts.bold, size, INK, MARGIN, y + lead * 0.22f, l);
        }
        if (h.level() == 1) {
            cs.setStrokingColor(RULE);
            cs.setLineWidth(0.6f);
            cs.moveTo(MARGIN, y - 3f);
            cs.lineTo(MARGIN + WIDTH, y - 3f);
            cs.stroke();
            y -= 6f;
        }
        y -= 3f;
    }

    private void para(Para p) throws IOException {
        float size = p.quiet() ? SMALL : BODY;
        float lead = size * 1.38f;
        for (String l : PdfText.wrap(PdfText.fit(p.text(), fonts.sans), fonts.sans, size, WIDTH, true)) {
            need(lead);
            y -= lead;
            show(fonts.sans, size, p.quiet() ? QUIET : INK, MARGIN, y + lead * 0.25f, l);
        }
        y -= size * 0.6f;
    }

    private void fields(Fields f) throws IOException {
        float labelW = 118f;
        float lead = BODY * 1.32f;
        for (Fields.Field field : f.fields()) {
            PdfFonts.Face face = field.mono() ? fonts.mono : fonts.sans;
            float size = field.mono() ? BODY - 1f : BODY;
            List<String> lines = PdfText.wrap(PdfText.fit(field.value(), face), face, size, WIDTH - labelW, !field.mono());
            List<String> label = PdfText.wrap(PdfText.fit(field.label(), fonts.bold), fonts.bold, SMALL, labelW - 6, true);
            int n = Math.max(lines.size(), label.size());
            need(Math.min(n, 3) * lead);
            for (int i = 0; i < n; i++) {
                need(lead);
                y -= lead;
                if (i < label.size()) show(fonts.bold, SMALL, QUIET, MARGIN, y + lead * 0.25f, label.get(i));
                if (i < lines.size()) show(face, size, INK, MARGIN + labelW, y + lead * 0.25f, lines.get(i));
            }
            y -= 1.5f;
        }
        y -= BODY * 0.6f;
    }

    private void table(Table t) throws IOException {
        int n = t.columns().size();
        double total = t.columns().stream().mapToDouble(Table.Column::weight).sum();
        float[] w = new float[n];
        for (int i = 0; i < n; i++) w[i] = (float) (WIDTH * t.columns().get(i).weight() / total);
        float pad = 2.2f;
        float lead = CELL * 1.27f;
        List<List<String>> header = new ArrayList<>();
        for (int i = 0; i < n; i++) header.add(PdfText.wrap(PdfText.fit(t.columns().get(i).title(), fonts.bold), fonts.bold, CELL, w[i] - 2 * pad, true));
        float headerH = rows(header) * lead + 2 * pad;
        need(headerH + 3 * lead + 2 * pad);
        row(header, w, headerH, pad, lead, fonts.bold, null, true);
        for (List<String> r : t.rows()) {
            List<List<String>> cells = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                PdfFonts.Face face = t.columns().get(i).mono() ? fonts.mono : fonts.sans;
                cells.add(PdfText.wrap(PdfText.fit(r.get(i), face), face, CELL, w[i] - 2 * pad, !t.columns().get(i).mono()));
            }
            float maxH = TOP - BOTTOM - headerH - 4;
            int maxLines = (int) ((maxH - 2 * pad) / lead);
            for (List<String> c : cells) {
                if (c.size() > maxLines) {   // a cell taller than a page: cut, visibly
                    List<String> cut = new ArrayList<>(c.subList(0, maxLines));
                    cut.set(maxLines - 1, cut.get(maxLines - 1) + " \u2026[cut]");
                    c.clear();
                    c.addAll(cut);
                }
            }
            float h = rows(cells) * lead + 2 * pad;
            if (y - h < BOTTOM) {
                newPage();
                row(header, w, headerH, pad, lead, fonts.bold, null, true);
            }
            row(cells, w, h, pad, lead, null, t, false);
        }
        y -= BODY * 0.8f;
    }

    private static int rows(List<List<String>> cells) {
        int m = 1;
        for (List<String> c : cells) m = Math.max(m, c.size());
        return m;
    }

    private void row(List<List<String>> cells, float[] w, float h, float pad, float lead, PdfFonts.Face only, Table t, boolean header)
            throws IOException {
        if (header) {
            cs.setNonStrokingColor(HEAD_BG);
            cs.addRect(MARGIN, y - h, WIDTH, h);
            cs.fill();
        }
        float x = MARGIN;
        for (int i = 0; i < cells.size(); i++) {
            PdfFonts.Face face = only != null ? only : t.columns().get(i).mono() ? fonts.mono : fonts.sans;
            float ly = y - pad;
            for (String l : cells.get(i)) {
                ly -= lead;
                show(face, CELL, INK, x + pad, ly + lead * 0.24f, l);
            }
            x += w[i];
        }
        y -= h;
        cs.setStrokingColor(RULE);
        cs.setLineWidth(0.35f);
        cs.moveTo(MARGIN, y);
        cs.lineTo(MARGIN + WIDTH, y);
        cs.stroke();
    }

    private void figure(Figure f) throws IOException {
        float h = (float) f.height();
        List<String> caption = PdfText.wrap(PdfText.fit(f.caption(), fonts.sans), fonts.sans, SMALL, WIDTH, true);
        float capH = caption.size() * SMALL * 1.35f;
        need(h + capH + 8f);
        f.chart().draw(new PdfPen(cs, fonts.sans, MARGIN, y), WIDTH, h);
        y -= h + 2f;
        for (String l : caption) {
            y -= SMALL * 1.35f;
            show(fonts.sans, SMALL, QUIET, MARGIN, y + 2f, l);
        }
        y -= 8f;
    }

    private void show(PdfFonts.Face face, float size, Color colour, float x, float baseline, String text) throws IOException {
        if (text.isEmpty()) return;
        cs.beginText();
        cs.setFont(face.font(), size);
        cs.setNonStrokingColor(colour);
        cs.newLineAtOffset(x, baseline);
        cs.showText(text);
        cs.endText();
    }

    private void footers(String exhibitId) throws IOException {
        int total = doc.getNumberOfPages();
        for (int i = 0; i < total; i++) {
            try (PDPageContentStream f = new PDPageContentStream(doc, doc.getPage(i), PDPageContentStream.AppendMode.APPEND, true, true)) {
                f.setStrokingColor(RULE);
                f.setLineWidth(0.5f);
                f.moveTo(MARGIN, 40f);
                f.lineTo(MARGIN + WIDTH, 40f);
                f.stroke();
                String left = "Exhibit " + exhibitId;
                String right = "Page " + (i + 1) + " of " + total;
                PdfFonts.Face face = fonts.sans;
                cs = f;
                show(face, SMALL, QUIET, MARGIN, 29f, PdfText.fit(left, face));
                show(face, SMALL, QUIET, MARGIN + WIDTH - face.width(right, SMALL), 29f, right);
            }
        }
    }

    /** Dates and the document ID come from the exhibit (PDFBox would otherwise stamp the wall clock and a random ID). */
    private void info(ExhibitDoc e) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(e.title());
        info.setAuthor(e.author());
        info.setSubject("Exhibit " + e.id());
        info.setCreator(ToolVersion.TEXT);
        info.setProducer(ToolVersion.TEXT + " (Apache PDFBox)");
        Calendar at = new GregorianCalendar(TimeZone.getTimeZone("UTC"), java.util.Locale.ROOT);
        at.setTimeInMillis(e.madeAt().toEpochMilli());
        info.setCreationDate(at);
        info.setModificationDate(at);
        byte[] id = Arrays.copyOf(sha256((e.id() + "\n" + e.title()).getBytes(StandardCharsets.UTF_8)), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        doc.getDocument().getTrailer().setItem(org.apache.pdfbox.cos.COSName.ID, ids);
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
