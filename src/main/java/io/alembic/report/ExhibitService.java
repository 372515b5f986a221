package io.alembic.report;

import io.alembic.bundle.Sha256;
import io.alembic.casefile.AuditHead;
import io.alembic.casefile.CancelToken;
import io.alembic.casefile.Case;
import io.alembic.casefile.CaseException;
import io.alembic.casefile.ExhibitFile;
import io.alembic.casefile.ImportListener;
import io.alembic.detect.cluster.Cluster;
import io.alembic.report.doc.ExhibitDoc;
import io.alembic.report.html.HtmlRenderer;
import io.alembic.report.pdf.PdfRenderer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes exhibits: assembles the content from the case, renders the PDF (and on request the HTML), keeps them in the
 * case's exhibits/ folder, writes the copy the analyst asked for, and records their SHA-256 in the audit log
 * ({@code report_made}) so verify can re-check them. Used by the CLI and, off the FX thread, by the GUI.
 */
public final class ExhibitService {
    /** The first page as an image and the page count, for the GUI's preview; nothing is written or recorded. */
    public record Preview(BufferedImage firstPage, int pages, String exhibitId) {}

    public ExhibitResult make(Case c, ExhibitRequest request, Path out, boolean html, ImportListener progress, CancelToken cancel)
            throws IOException {
        ExhibitContext x = ExhibitContext.read(c, request);
        ExhibitDoc doc = ExhibitAssembler.assemble(x, progress, cancel);
        PdfRenderer.Rendered pdf = new PdfRenderer().render(doc);
        byte[] htmlBytes = html ? new HtmlRenderer().render(doc) : null;
        if (cancel.isCancelled()) throw new CaseException("exhibit cancelled; nothing written");
        progress.progress("Writing", 1, 1);
        Path dir = c.exhibitsFolder();
        Files.createDirectories(dir);
        Path keptPdf = write(dir.resolve(x.exhibitId() + ".pdf"), pdf.bytes());
        Path keptHtml = htmlBytes == null ? null : write(dir.resolve(x.exhibitId() + ".html"), htmlBytes);
        Path pdfCopy = out == null ? null : copy(out, keptPdf, pdf.bytes());
        Path htmlCopy = out == null || htmlBytes == null ? null : copy(htmlPath(out), keptHtml, htmlBytes);
        String pdfSha = Sha256.of(pdf.bytes());
        String htmlSha = htmlBytes == null ? null : Sha256.of(htmlBytes);
        List<ExhibitFile> files = new ArrayList<>();
        files.add(new ExhibitFile(keptPdf.getFileName().toString(), pdfSha, pdfCopy == null ? null : pdfCopy.toString()));
        if (keptHtml != null) files.add(new ExhibitFile(keptHtml.getFileName().toString(), htmlSha, htmlCopy == null ? null : htmlCopy.toString()));
        AuditHead head = c.recordExhibit(x.exhibitId(), files, about(x, pdf.pages()));
        return new ExhibitResult(x.exhibitId(), x.title(), pdf.pages(), keptPdf, pdfSha, keptHtml, htmlSha, pdfCopy, htmlCopy,
                x.contentHead().head(), head);
    }

    public Preview preview(Case c, ExhibitRequest request, CancelToken cancel) throws IOException {
        ExhibitContext x = ExhibitContext.read(c, request);
        PdfRenderer.Rendered pdf = new PdfRenderer().render(ExhibitAssembler.assemble(x, ImportListener.NONE, cancel));
        return new Preview(renderPage(pdf.bytes(), 0, 80f), pdf.pages(), x.exhibitId());
    }

    /** One page of a PDF as an RGB image at {@code dpi}. */
    public static BufferedImage renderPage(byte[] pdf, int page, float dpi) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFRenderer(d).renderImageWithDPI(page, dpi, ImageType.RGB);
        }
    }

    /** FILE.pdf gives FILE.html beside it. */
    public static Path htmlPath(Path pdf) {
        String name = pdf.getFileName().toString();
        String base = name.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") ? name.substring(0, name.length() - 4) : name;
        return pdf.resolveSibling(base + ".html");
    }

    private static Map<String, Object> about(ExhibitContext x, int pages) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", x.title());
        m.put("scope", x.request().scope().code());
        m.put("values", x.request().values());
        m.put("accounts", x.subjects().accounts());
        m.put("clusters", x.subjects().clusters().stream().map(Cluster::id).toList());
        m.put("rules_version", x.report().map(r -> r.rulesVersion()).orElse(null));
        m.put("stated_head", x.contentHead().head().toString());
        m.put("made_at", x.madeAt().toString());
        m.put("fixed_time", x.request().fixedTime() != null);
        m.put("pages", pages);
        m.values().removeIf(java.util.Objects::isNull);
        return m;
    }

    /** Written beside its final name and moved into place, so the folder never holds half an exhibit. */
    private static Path write(Path target, byte[] bytes) throws IOException {
        Path tmp = target.resolveSibling("." + target.getFileName() + ".part");
        Files.write(tmp, bytes);
        try {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (java.nio.file.AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    private static Path copy(Path out, Path kept, byte[] bytes) throws IOException {
        Path abs = out.toAbsolutePath().normalize();
        if (abs.equals(kept.toAbsolutePath().normalize())) return abs;
        if (abs.getParent() != null) Files.createDirectories(abs.getParent());
        Files.write(abs, bytes);
        return abs;
    }
}
