package io.alembic.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.alembic.report.ExhibitService;
import io.alembic.testutil.TestBundle;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static io.alembic.testutil.TestBundle.request;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Exhibits from the CLI: reproducible bytes, the findings and cited ids in the PDF's text, verify over exhibits, hostile text. */
class ReportCliTest {
    @TempDir static Path shared;
    @TempDir Path tmp;

    private static Path demo;
    private static JsonNode detection;

    /** The demo case, imported and detected once for the class: a flagged account with findings. */
    @BeforeAll
    static void demoCase() {
        demo = shared.resolve("demo");
        CliRunner.Result r = CliRunner.run("import", Path.of("sample-cases/demo").toString(), "--case", demo.toString(), "--json", "--no-progress");
        assertEquals(0, r.code(), r.err());
        r = CliRunner.run("detect", "--case", demo.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        detection = r.json();
    }

    private static JsonNode firstFlagged() {
        for (JsonNode a : detection.get("accounts")) if (a.get("flagged").asBoolean()) return a;
        throw new AssertionError("the demo case flags no account");
    }

    private static CliRunner.Result report(Path caseDir, String... args) {
        List<String> all = new ArrayList<>(List.of("report", "--case", caseDir.toString()));
        all.addAll(List.of(args));
        return CliRunner.run(all.toArray(String[]::new));
    }

    static String text(Path pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
        }
    }

    @Test
    void sameCaseAndParametersWithFixedTimeGiveTheSameBytes() throws IOException {
        String account = firstFlagged().get("account_id").asText();
        Path a = tmp.resolve("a.pdf");
        Path b = tmp.resolve("b.pdf");
        CliRunner.Result ra = report(demo, "--account", account, "--out", a.toString(), "--html", "--fixed-time", "2026-02-01T09:00:00Z", "--json");
        assertEquals(0, ra.code(), ra.err());
        CliRunner.Result rb = report(demo, "--account", account, "--out", b.toString(), "--html", "--fixed-time", "2026-02-01T09:00:00Z", "--json");
        assertEquals(0, rb.code(), rb.err());
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b), "PDF bytes differ between two runs");
        assertArrayEquals(Files.readAllBytes(tmp.resolve("a.html")), Files.readAllBytes(tmp.resolve("b.html")), "HTML bytes differ");
        assertEquals(ra.json().get("exhibit_id"), rb.json().get("exhibit_id"));
        assertEquals(ra.json().get("pdf").get("sha256"), rb.json().get("pdf").get("sha256"));
        // the second exhibit's report_made entry moved the audit head, but the exhibit states the head of the content
        assertEquals(ra.json().get("stated_head"), rb.json().get("stated_head"));
        assertTrue(ra.json().get("pages").asInt() >= 4);
    }

    @Test
    void pdfTextHoldsTheFindingsAndEveryCitedRequestId() throws IOException {
        JsonNode account = firstFlagged();
        Path out = tmp.resolve("exhibit.pdf");
        CliRunner.Result r = report(demo, "--account", account.get("account_id").asText(), "--out", out.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        String text = text(out);
        assertTrue(text.contains(r.json().get("exhibit_id").asText()), "exhibit id in the footer");
        assertTrue(text.contains("Page 1 of " + r.json().get("pages").asInt()));
        int ids = 0;
        for (JsonNode f : account.get("findings")) {
            assertTrue(text.contains(f.get("explanation").asText().replaceAll("\\s+", " ")), "explanation of " + f.get("detector") + " missing");
            for (JsonNode id : f.get("evidence")) {
                assertTrue(text.contains(id.asText()), "cited request " + id.asText() + " missing");
                ids++;
            }
        }
        assertTrue(ids > 0);
        assertTrue(text.contains(detection.get("rules_version").asText()), "rules version on the cover");
        assertTrue(text.contains("SAMPLE-demo-7"), "bundle id on the cover");
    }

    @Test
    void clusterAndDetectionRunExhibitsAreMade() throws IOException {
        String cluster = detection.get("clusters").get(0).get("id").asText();
        Path c = tmp.resolve("cluster.pdf");
        CliRunner.Result r = report(demo, "--cluster", cluster, "--out", c.toString(), "--title", "Cluster exhibit");
        assertEquals(0, r.code(), r.err());
        String text = text(c);
        assertTrue(text.contains("Cluster " + cluster));
        assertTrue(text.contains("Cluster exhibit"));
        Path run = tmp.resolve("run.pdf");
        r = report(demo, "--detection-run", "--out", run.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        String all = text(run);
        for (JsonNode a : detection.get("accounts")) {
            if (a.get("flagged").asBoolean()) assertTrue(all.contains("Account " + a.get("account_id").asText()));
        }
        BufferedImage page = ExhibitService.renderPage(Files.readAllBytes(run), 0, 40f);
        assertTrue(page.getWidth() > 100 && page.getHeight() > page.getWidth(), "an A4 page renders");

        CliRunner.Result bad = report(demo, "--cluster", "no-such-cluster", "--out", tmp.resolve("x.pdf").toString());
        assertEquals(1, bad.code());
        assertTrue(bad.err().contains("no-such-cluster"), bad.err());
    }

    @Test
    void alteredExhibitFailsVerifyWithTheExhibitNamed() throws IOException {
        Path bundle = new TestBundle("R1").requests("records/part-00001.jsonl", List.of(
                request("r1", "2026-01-01T00:00:00Z", "acct-a", "m", "first prompt"),
                request("r2", "2026-01-01T00:05:00Z", "acct-a", "m", "second prompt"))).writeTo(tmp.resolve("bundle"));
        Path caseDir = tmp.resolve("case");
        assertEquals(0, CliRunner.run("import", bundle.toString(), "--case", caseDir.toString(), "--json").code());
        CliRunner.Result r = report(caseDir, "--account", "acct-a", "--out", tmp.resolve("out.pdf").toString(), "--html", "--json");
        assertEquals(0, r.code(), r.err());
        String id = r.json().get("exhibit_id").asText();

        CliRunner.Result ok = CliRunner.run("verify", "--case", caseDir.toString(), "--json");
        assertEquals(0, ok.code(), ok.out() + ok.err());
        assertEquals(2, ok.json().get("exhibits").size());

        Path kept = caseDir.resolve("exhibits").resolve(id + ".pdf");
        byte[] bytes = Files.readAllBytes(kept);
        bytes[bytes.length / 2] ^= 1;
        Files.write(kept, bytes);
        CliRunner.Result bad = CliRunner.run("verify", "--case", caseDir.toString(), "--json");
        assertEquals(2, bad.code(), bad.out());
        JsonNode p = bad.json().get("problems").get(0);
        assertEquals("exhibit_altered", p.get("kind").asText());
        assertEquals("exhibits/" + id + ".pdf", p.get("where").asText());
        assertTrue(bad.err().contains("exhibits/" + id + ".pdf"), bad.err());

        // the copy written with --out is the analyst's; only the case's own copy is evidence
        Files.write(kept, Files.readAllBytes(tmp.resolve("out.pdf")));
        assertEquals(0, CliRunner.run("verify", "--case", caseDir.toString()).code());
        Files.writeString(caseDir.resolve("exhibits").resolve("planted.pdf"), "%PDF-1.7 not made here");
        CliRunner.Result planted = CliRunner.run("verify", "--case", caseDir.toString(), "--json");
        assertEquals(2, planted.code());
        assertEquals("exhibit_unrecorded", planted.json().get("problems").get(0).get("kind").asText());
        Files.delete(caseDir.resolve("exhibits").resolve("planted.pdf"));
        Files.delete(caseDir.resolve("exhibits").resolve(id + ".html"));
        CliRunner.Result missing = CliRunner.run("verify", "--case", caseDir.toString(), "--json");
        assertEquals(2, missing.code());
        assertEquals("exhibit_missing", missing.json().get("problems").get(0).get("kind").asText());
    }

    @Test
    void hostilePromptIsEscapedInHtmlAndShownVisiblyInPdf() throws IOException {
        String hostile = "<script>alert('pwned')</script> <img src=x onerror=alert(1)> \u202Efdp.exe \u0007bell \u4E2D\u6587 "
                + "A".repeat(400) + " & \"quoted\"";
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            lines.add(request(String.format("evil-%02d", i), String.format("2026-01-01T%02d:00:00Z", i % 24).replace("T00", "T00"),
                    "acct-evil", "m", hostile + " #" + i));
        }
        Path bundle = new TestBundle("EVIL").requests("records/part-00001.jsonl", lines).writeTo(tmp.resolve("evil"));
        Path caseDir = tmp.resolve("evil-case");
        assertEquals(0, CliRunner.run("import", bundle.toString(), "--case", caseDir.toString(), "--json").code());
        CliRunner.Result d = CliRunner.run("detect", "--case", caseDir.toString(), "--json");
        assertEquals(0, d.code(), d.err());
        assertTrue(d.json().get("accounts").get(0).get("findings").size() > 0, "the hostile account has findings citing its prompts");
        Path out = tmp.resolve("evil.pdf");
        CliRunner.Result r = report(caseDir, "--account", "acct-evil", "--out", out.toString(), "--html");
        assertEquals(0, r.code(), r.err());

        String html = Files.readString(tmp.resolve("evil.html"), StandardCharsets.UTF_8);
        assertFalse(html.contains("<script"), "a script element in the HTML");
        assertFalse(html.contains("<img src=x"), "an injected element in the HTML");
        assertTrue(html.contains("&lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt;"), "escaped prompt");
        assertTrue(html.contains("[U+202E]"), "bidi override shown, not applied");
        assertFalse(html.contains("\u202E") || html.contains("\u0007"));
        assertTrue(html.contains("Content-Security-Policy"));

        String text = text(out);
        assertTrue(text.contains("<script>alert('pwned')</script>"), "the prompt as written, in the PDF");
        assertTrue(text.contains("[U+202E]") && text.contains("[U+0007]"), "controls shown visibly");
        assertTrue(text.contains("[U+4E2D]"), "a character the font lacks shown by its code");
        assertTrue(text.contains("\u2026"), "the long token cut with a marker");
    }
}
