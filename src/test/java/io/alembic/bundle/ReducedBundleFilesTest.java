package io.alembic.bundle;

import io.alembic.detect.AccountResult;
import io.alembic.detect.DetectionReport;
import io.alembic.detect.Finding;
import io.alembic.detect.ReportCodec;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pieces a reduced bundle is written with: manifest bytes, the findings file, streams of lines. */
class ReducedBundleFilesTest {
    @Test
    void manifestIsDeterministicReadableAndLeavesRecordsOutForDocuments() {
        List<ManifestFile> files = List.of(
                new ManifestFile("records/part-00001.jsonl.gz", ManifestFile.REQUESTS, "a".repeat(64), 10, 3),
                new ManifestFile("findings.json", ManifestFile.FINDINGS, "b".repeat(64), 20, -1),
                new ManifestFile("population.json", ManifestFile.POPULATION, "c".repeat(64), 30, -1));
        ManifestWriter.Header h = new ManifestWriter.Header("job-1", null, null, "test", null, "2026-01-01T00:00:00Z", "2026-02-01T00:00:00Z");
        byte[] one = ManifestWriter.write(h, files), two = ManifestWriter.write(h, files);
        assertArrayEquals(one, two);
        String text = new String(one, StandardCharsets.UTF_8);
        assertFalse(text.contains("provider"), "null header fields are left out");
        assertTrue(text.endsWith("}\n"));
        Manifest m = ManifestReader.parse(one, "manifest.json");
        assertEquals("job-1", m.bundleId());
        assertEquals(files, m.files());
        assertTrue(m.files().get(1).isFindings() && m.files().get(1).isKnownKind());
        assertTrue(m.files().get(2).isPopulation());
        assertFalse(new ManifestFile("x", "analyst_notes", "d".repeat(64), 1, -1).isKnownKind());
        assertThrows(IllegalArgumentException.class, () -> ManifestWriter.write(new ManifestWriter.Header(" ", null, null, null, null, null, null), files));
    }

    @Test
    void findingsFileRoundTripsAndRefusesOtherDocuments() {
        DetectionReport report = new DetectionReport("rules-abc", 1000, List.of(new AccountResult("acct_1", 0.9, true,
                List.of(new Finding("volume", "volume-1", "acct_1", 0.9, "Many requests.", List.of("req_1"), 10)), null)), List.of());
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("requests", 1000L);
        counts.put("kept_accounts", 1L);
        FindingsFile f = new FindingsFile(new FindingsFile.Upstream("job-9", "rules-abc", "test", List.of("hdfs://logs/2026-01/*"),
                Map.of("benign_sample", "0.01"), counts), report);
        byte[] bytes = f.toBytes();
        assertArrayEquals(bytes, f.toBytes());
        FindingsFile back = FindingsFile.parse(bytes, "findings.json");
        assertEquals(f.upstream(), back.upstream());
        assertEquals(ReportCodec.toString(report), ReportCodec.toString(back.report()));
        assertEquals(1L, back.upstream().count("kept_accounts"));
        assertEquals(-1L, back.upstream().count("nothing"));
        // the report part is an ordinary report document
        assertEquals(ReportCodec.toString(report), ReportCodec.toString(ReportCodec.parse(new String(bytes, StandardCharsets.UTF_8))));
        var e = assertThrows(BundleFormatException.class, () -> FindingsFile.parse("{\"rules_version\": \"x\"}".getBytes(StandardCharsets.UTF_8), "f.json"));
        assertTrue(e.getMessage().startsWith("f.json: not an Alembic findings file"));
        assertThrows(BundleFormatException.class, () -> FindingsFile.parse("not json".getBytes(StandardCharsets.UTF_8), "f.json"));
    }

    @Test
    void lineReaderReadsStreamsAsItReadsFiles() throws Exception {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write("{\"a\":1}\r\n\n{\"b\":2}".getBytes(StandardCharsets.UTF_8));
        }
        List<String> lines = new ArrayList<>();
        try (LineReader r = new LineReader(new ByteArrayInputStream(gz.toByteArray()), "part.jsonl.gz")) {
            while (r.next()) lines.add(r.lineNumber() + ":" + new String(r.bytes(), 0, r.length(), StandardCharsets.UTF_8));
        }
        assertEquals(List.of("1:{\"a\":1}", "2:", "3:{\"b\":2}"), lines);
    }

    @Test
    void hashingStreamCountsAndHashesWhatPassed() throws Exception {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        HashingOutputStream h = new HashingOutputStream(sink);
        h.write("abc".getBytes(StandardCharsets.UTF_8));
        h.write('d');
        h.close();
        assertEquals(4, h.count());
        assertEquals(Sha256.of("abcd".getBytes(StandardCharsets.UTF_8)), h.sha256());
        assertEquals(h.sha256(), h.sha256());
    }
}
