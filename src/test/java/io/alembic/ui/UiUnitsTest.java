package io.alembic.ui;

import org.junit.jupiter.api.Test;

import io.alembic.detect.cluster.Cluster;
import io.alembic.detect.cluster.Link;
import javafx.geometry.Rectangle2D;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Plain-Java parts of the UI: option parsing, snippet markup, formatting. */
class UiUnitsTest {
    @Test
    void anAccountsAddressTooltipShowsItsFirstFortyAndCountsTheRest() {
        List<String> few = List.of("203.0.113.1", "203.0.113.2");
        assertEquals("203.0.113.1\n203.0.113.2", AccountsView.tooltipText(few));
        List<String> many = new java.util.ArrayList<>();
        for (int i = 0; i < 2500; i++) many.add("198.51." + (i >> 8) + "." + (i & 255));
        String t = AccountsView.tooltipText(many);
        assertEquals(AccountsView.TOOLTIP_LINES + 1, t.split("\n").length);
        assertTrue(t.endsWith("… and 2,460 more"), t);
    }

    @Test
    void sampledFacetCountsReadAsEstimates() {
        assertEquals("≈1,234", Fmt.facetCount(1234, true));
        assertEquals("1,234", Fmt.facetCount(1234, false));
        assertEquals("≈ estimated from an evenly spread sample of 50,000 of 10,000,000 hits", Fmt.sampleNote(50_000, 10_000_000));
    }

    @Test
    void parsesStartupOptions() {
        StartupOptions o = StartupOptions.parse(List.of("--case", "/tmp/c", "--import=/tmp/b.zip"));
        assertEquals(Path.of("/tmp/c"), o.caseDir());
        assertEquals(Path.of("/tmp/b.zip"), o.importBundle());
        assertArrayEquals(new String[] {"--case", "/tmp/c", "--import", "/tmp/b.zip"}, o.toArgs());
        assertNull(StartupOptions.parse(List.of()).caseDir());
        assertThrows(IllegalArgumentException.class, () -> StartupOptions.parse(List.of("--bogus")));
        assertThrows(IllegalArgumentException.class, () -> StartupOptions.parse(List.of("--case")));
    }

    @Test
    void splitsSnippetIntoHitRuns() {
        List<SnippetText.Run> runs = SnippetText.parse("explain the [[krebs]] cycle [[step]]");
        assertEquals(List.of(new SnippetText.Run("explain the ", false), new SnippetText.Run("krebs", true),
                new SnippetText.Run(" cycle ", false), new SnippetText.Run("step", true)), runs);
        assertEquals(List.of(new SnippetText.Run("broken [[mark", false)), SnippetText.parse("broken [[mark"));
        assertEquals("a b c", SnippetText.plain("a [[b]] c"));
        assertTrue(SnippetText.parse(null).isEmpty());
    }

    @Test
    void formats() {
        assertEquals("2026-01-14 03:12:45", Fmt.time("2026-01-14T03:12:45.123Z"));
        assertEquals("12,345", Fmt.count(12345));
        assertEquals("a, b", Fmt.join(List.of("a", "b")));
        assertEquals("ab…", Fmt.oneLine("abcdef", 3));
        assertTrue(ImportTask.describe("Importing x", 500, 1000, 2_000_000_000L).contains("250 records/s"));
        assertEquals("{\n  \"a\" : 1\n}", RecordDetailPane.pretty("{\"a\":1}"));
        assertEquals("not json", RecordDetailPane.pretty("not json"));
    }

    @Test
    void dropAcceptsFoldersAndZipsOnly(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        assertTrue(DropHandler.looksLikeBundle(dir.toFile()));
        Path zip = java.nio.file.Files.createFile(dir.resolve("bundle.ZIP"));
        assertTrue(DropHandler.looksLikeBundle(zip.toFile()));
        Path txt = java.nio.file.Files.createFile(dir.resolve("notes.txt"));
        assertEquals(false, DropHandler.looksLikeBundle(txt.toFile()));
    }

    @Test
    void guiCommandTakesCaseAndImportOptions() {
        var parsed = new picocli.CommandLine(new io.alembic.cli.GuiCommand()).parseArgs("--case", "/c", "--import", "/b.zip");
        assertEquals(Path.of("/c"), parsed.matchedOptionValue("--case", null));
        assertEquals(Path.of("/b.zip"), parsed.matchedOptionValue("--import", null));
    }

    @Test
    void dateFiltersCoverWholeUtcDays() {
        var d = java.time.LocalDate.of(2026, 1, 14);
        assertEquals("2026-01-14T00:00:00Z", SearchBar.startOf(d).toString());
        assertEquals("2026-01-14T23:59:59.999Z", SearchBar.endOf(d).toString());
    }

    @Test
    void everyDetectorMapsToAShippedPatternTag() {
        Set<String> shipped = Set.of("templated-prompts", "cot-harvest", "capability-sweep", "key-rotation", "router-masking",
                "source-masking", "coordinated-fleet", "volume-evasion", "benign-confirmed");
        for (var d : io.alembic.detect.Detectors.all()) {
            assertTrue(shipped.contains(PatternTags.forDetector(d.id())), d.id());
        }
        assertEquals("coordinated-fleet", PatternTags.forDetector("campaign"));
        assertNull(PatternTags.forDetector("no-such-detector"));
    }

    @Test
    void evidenceBecomesOneRequestIdQuery() {
        assertEquals("request_id:(\"req_1\" OR \"req_2\")", DetectionsView.evidenceQuery(List.of("req_1", "req_2")));
    }
}
