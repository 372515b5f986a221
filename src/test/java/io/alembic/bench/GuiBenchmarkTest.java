package io.alembic.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.alembic.cli.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/**
 * bench gui on a small case under Monocle, as the window tests run: the routine reaches every view and the report
 * has its figures per step. Nothing is timed here: the stall figures only have to be consistent with each other.
 */
class GuiBenchmarkTest {
    static final int RECORDS = 2000;

    @TempDir static Path work;


    @BeforeAll
    static void toolkit() throws Exception {
        // Monocle's headless screen must hold the main window; started here, the toolkit outlives the benchmark
        if (System.getProperty("headless.geometry") == null) System.setProperty("headless.geometry", "1600x1000-32");
        FxToolkit.registerPrimaryStage();
    }


    @Test
    void theRoutineVisitsEveryViewAndReportsStallsPerStep() throws Exception {
        Path caseDir = SearchBenchmark.prepareCase(work, RECORDS);
        assertEquals(0, Main.execute("detect", "--case", caseDir.toString()));

        BenchRun r = BenchRun.of("gui", "--case", caseDir.toString(), "--rounds", "1", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals("gui", j.get("benchmark").asText());
        assertTrue(j.get("uncaught_exceptions").isArray());
        assertEquals(RECORDS, j.get("records").asLong());
        assertTrue(j.get("accounts").asLong() > 0);
        assertTrue(j.get("ranked_accounts").asLong() > 0, "stored detections load with the case");
        int pings = j.get("pings").asInt();
        assertTrue(pings > 0);
        int over = j.get("stalls_over_100ms").asInt();
        assertTrue(over >= 0 && over <= pings);
        assertTrue(j.get("max_stall_ms").asDouble() >= j.at("/ping_delay_ms/p99").asDouble());
        Set<String> steps = new HashSet<>();
        int stepOver = 0;
        for (JsonNode s : j.get("steps")) {
            steps.add(s.get("step").asText());
            assertTrue(s.get("max_stall_ms").asDouble() <= j.get("max_stall_ms").asDouble());
            assertTrue(s.has("response_ms") || s.get("step").asText().equals("start"), s.toString());
            stepOver += s.get("stalls_over_100ms").asInt();
        }
        assertEquals(over, stepOver, "every stall belongs to one step");
        assertTrue(j.at("/routine/stalls_over_100ms").asInt() <= over);
        assertTrue(j.at("/routine/max_stall_ms").asDouble() <= j.get("max_stall_ms").asDouble());
        assertTrue(j.at("/routine/pings").asInt() > 0 && j.at("/routine/pings").asInt() < pings);
        assertTrue(steps.containsAll(List.of("open case", "search phrase", "scroll hits", "scroll accounts", "open its timeline",
                "zoom timeline", "detections view", "scroll detections", "search its requests")), steps.toString());
    }

    @Test
    void refusesBadArgumentsWithOneLine() {
        BenchRun rounds = BenchRun.of("gui", "--case", work.toString(), "--rounds", "0");
        assertEquals(1, rounds.code());
        assertEquals("alembic: --rounds must be at least 1", rounds.err().strip());
        BenchRun missing = BenchRun.of("gui", "--case", work.resolve("no-such-case").toString());
        assertEquals(1, missing.code());
        assertEquals(1, missing.err().strip().lines().count(), missing.err());
        assertTrue(missing.err().startsWith("alembic: no case folder"), missing.err());
        BenchRun none = BenchRun.of("gui");
        assertEquals(1, none.code(), "the CLI's usage-error code (2 means evidence verification failed)");
        assertTrue(none.err().contains("--case"), none.err());
    }
}
