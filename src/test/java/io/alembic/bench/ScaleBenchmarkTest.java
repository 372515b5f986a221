package io.alembic.bench;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** bench scale: what it refuses, the child command lines, the GC-log reading and the report's shape (nothing timed). */
class ScaleBenchmarkTest {
    @TempDir Path dir;



    private void refused(String expected, String... args) {
        BenchRun r = BenchRun.of(args);
        assertEquals(1, r.code(), r.err());
        assertEquals("", r.out());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("alembic: ") && r.err().contains(expected), r.err());
    }

    @Test
    void refusesWhatWouldWasteTheRunBeforeStartingAnything() throws Exception {
        Path bundle = Files.createDirectories(dir.resolve("bundle"));
        Path used = Files.createDirectories(dir.resolve("used-case"));
        Files.writeString(used.resolve("case.db"), "x");
        refused("no case folder", "scale", "--case", dir.resolve("none").toString());
        refused("no bundle", "scale", "--case", dir.resolve("c").toString(), "--bundle", dir.resolve("nb").toString());
        refused("not empty", "scale", "--case", used.toString(), "--bundle", bundle.toString());
        refused("not a -Xmx size", "scale", "--case", used.toString(), "--detect-heap", "lots");
        refused("--iterations", "scale", "--case", used.toString(), "--iterations", "0");
        refused("--gui-rounds", "scale", "--case", used.toString(), "--gui-rounds", "0");
    }

    @Test
    void aMissingCaseOptionIsAUsageError() {
        BenchRun r = BenchRun.of("scale");
        assertEquals(1, r.code(), "the CLI's usage-error code (2 means evidence verification failed)");
        assertTrue(r.err().contains("--case"), r.err());
    }

    @Test
    void eachPhaseIsANewJvmFromTheJarWithItsOwnHeapAndGcLog() {
        List<String> cmd = ChildRun.command(Path.of("/jdk/bin/java"), Path.of("/x/alembic.jar"), "1g", Path.of("/l/detect-gc.log"),
                List.of("detect", "--case", "/c"));
        assertEquals(List.of("/jdk/bin/java", "-Xlog:gc:file=/l/detect-gc.log:uptime", "-Xmx1g", "-jar", "/x/alembic.jar",
                "detect", "--case", "/c"), cmd);
    }

    @Test
    void theGcLogGivesThePeakAndTheHeapLeftAfterCollectionsOverTheRun() {
        GcLog log = GcLog.parse(List.of(
                "[0.012s][info][gc] Using G1",
                "[1.500s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 25M->3M(512M) 4.1ms",
                "[50.000s][info][gc] GC(1) Pause Young (Concurrent Start) (G1 Humongous Allocation) 400M->120M(512M) 9.9ms",
                "[60.000s][info][gc] GC(2) Concurrent Mark Cycle 15.2ms",
                "[100.000s][info][gc] GC(3) Pause Full (G1 Compaction Pause) 511M->1G(1G) 300.0ms",
                "[101.000s][info][gc] GC(4) Pause Young (Normal) (G1 Evacuation Pause) 2048K->1024K(512M) 1.0ms"));
        assertEquals(4, log.collections().size(), "the concurrent cycle line has no heap figures");
        assertEquals(511, log.peakMb());
        assertEquals(1024, log.maxAfterMb());
        long[] tenths = log.afterByTenth();
        assertEquals(10, tenths.length);
        assertEquals(3, tenths[0]);
        assertEquals(120, tenths[4]);
        assertEquals(-1, tenths[1], "no collection in that tenth");
        assertEquals(1024, tenths[9]);
        assertEquals(0, GcLog.parse(List.of()).peakMb());
    }

    @Test
    void theReportHasOneEntryPerPhaseWithItsExitHeapAndFigures() throws Exception {
        GcLog gc = GcLog.parse(List.of("[1.000s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 300M->100M(512M) 4.1ms"));
        ChildRun imp = new ChildRun(List.of("java", "-Xmx512m", "-jar", "a.jar", "import"),
                new EndToEndImport.Outcome(0, 2_000_000_000L, 10, 0, "b imported: 10 records imported, 0 quarantined", ""), gc, 1.5);
        ChildRun det = new ChildRun(List.of("java", "-Xmx1g", "-jar", "a.jar", "detect"),
                new EndToEndImport.Outcome(1, 1_000_000_000L, -1, -1, "", "Exception in thread \"main\" java.lang.OutOfMemoryError: Java heap space\n\tat io.alembic.detect.X.y(X.java:1)\n\tat io.alembic.cli.boot.Launcher.main(Launcher.java:19)\n"),
                GcLog.parse(List.of()), 2.0);
        JsonNode search = BenchJson.MAPPER.readTree("{\"latency_ms\":{\"p50\":1.0,\"p95\":2.0,\"p99\":3.0},\"queries\":25}");
        ScaleResult r = new ScaleResult(Path.of("/c"), Path.of("/b"), List.of(new ScaleResult.Phase("import", "512m", imp, null),
                new ScaleResult.Phase("search", "512m", imp, search), new ScaleResult.Phase("detect", "1g", det, null)), "no display");
        assertFalse(r.allOk());
        JsonNode j = r.toJson();
        assertEquals("scale", j.get("benchmark").asText());
        assertEquals(10, j.at("/import/records").asLong());
        assertEquals(300, j.at("/import/heap_mb/peak_used").asLong());
        assertEquals(100, j.at("/import/heap_mb/max_after_gc").asLong());
        assertEquals(10, j.at("/import/heap_mb/max_after_gc_by_tenth_of_run").size());
        assertEquals(2.0, j.at("/import/wall_s").asDouble());
        assertEquals(1.5, j.at("/import/load_average_1m_at_start").asDouble());
        assertEquals(2.0, j.at("/search/figures/latency_ms/p95").asDouble());
        assertEquals(1, j.at("/detect/exit_code").asInt());
        assertEquals("exit 1: Exception in thread \"main\" java.lang.OutOfMemoryError: Java heap space", j.at("/detect/failure").asText(),
                "the error, not the last frame of its stack trace");
        assertEquals("1g", j.at("/detect/heap_limit").asText());
        assertEquals("no display", j.get("gui_skipped").asText());
        StringWriter text = new StringWriter();
        r.printText(new PrintWriter(text));
        assertTrue(text.toString().contains("p95 2.0 ms"), text.toString());
        assertTrue(text.toString().contains("FAILED (exit 1: Exception in thread \"main\" java.lang.OutOfMemoryError"), text.toString());
    }
}
