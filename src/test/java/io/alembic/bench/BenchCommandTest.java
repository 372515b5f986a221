package io.alembic.bench;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** Small runs of both bench commands: the figures must be consistent, never fast (no timing assertions). */
class BenchCommandTest {
    static final int RECORDS = 2000;

    /** Shared so the second command reuses the first one's generated bundle, as a real --work dir would. */
    @TempDir static Path work;



    @Test
    void ingestCountsTheSameRecordsOnAllThreePaths() throws Exception {
        BenchRun r = BenchRun.of("ingest", "--records", "" + RECORDS, "--work", work.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        JsonNode j = r.json();
        for (String path : new String[]{"full_import", "lucene_only", "fts5"}) {
            JsonNode m = j.get(path);
            assertEquals(RECORDS, m.get("records").asLong(), path);
            assertTrue(m.get("records_per_s").asDouble() > 0, path);
            assertTrue(m.get("wall_ms").asLong() >= 0, path);
            assertTrue(m.get("heap_max_mb").asDouble() > 0, path);
        }
        assertTrue(j.get("counts_agree").asBoolean());
        assertEquals(0, j.at("/full_import/quarantined").asLong());
        assertTrue(j.at("/full_import/phases_ms").has("records"));
        assertEquals(RECORDS, j.at("/bundle/records").asLong());
        assertTrue(j.at("/bundle/bytes").asLong() > 0);
        assertTrue(j.at("/bundle/bytes_per_record").asDouble() > 0);
        assertTrue(j.at("/bundle/uncompressed_bytes_per_record").asDouble() > j.at("/bundle/bytes_per_record").asDouble() / 10);
        assertTrue(j.get("full_over_lucene_time").asDouble() > 0);
        assertTrue(j.get("full_over_fts5_time").asDouble() > 0);
        assertTrue(j.get("heap_max_mb").asDouble() <= j.get("heap_limit_mb").asDouble());
        assertFalse(Files.exists(IngestBenchmark.runDir(work)), "outputs are removed without --keep");
        assertTrue(Files.isRegularFile(work.resolve("bundle-" + RECORDS + "-s42/manifest.json")), "the bundle stays for reuse");
    }

    @Test
    void searchReportsOrderedPercentilesForTheBuiltInMix() throws Exception {
        BenchRun r = BenchRun.of("search", "--records", "" + RECORDS, "--work", work.toString(), "--iterations", "3", "--json");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        JsonNode j = r.json();
        assertEquals(RECORDS, j.get("records").asLong());
        int queries = j.get("queries").asInt();
        assertTrue(queries >= 20, "built-in mix has ~25 queries, got " + queries);
        assertOrdered(j.get("latency_ms"));
        assertEquals(queries * 3, j.at("/latency_ms/count").asInt());
        assertEquals(5, j.get("slowest").size());
        double prev = Double.MAX_VALUE;
        for (JsonNode q : j.get("slowest")) {
            double p95 = q.at("/latency_ms/p95").asDouble();
            assertTrue(p95 <= prev, "slowest are sorted by p95");
            prev = p95;
        }
        int matching = 0;
        for (JsonNode q : j.get("per_query")) {
            assertOrdered(q.get("latency_ms"));
            if (q.get("total_hits").asLong() > 0) matching++;
            if (q.get("query").asText().equals("*") && !q.has("account") && !q.has("from")) {
                assertEquals(RECORDS, q.get("total_hits").asLong(), "match-all sees every record");
            }
        }
        assertTrue(matching >= queries / 2, "most built-in queries should match generated traffic, matched " + matching);
    }

    @Test
    void searchRunsQueriesFromAFileOnAnExistingCase() throws Exception {
        Path caseDir = SearchBenchmark.prepareCase(work, RECORDS);
        Path file = work.resolve("queries.txt");
        Files.writeString(file, "# two queries\nstatus:429\n\n\"step by step\"\n");
        BenchRun r = BenchRun.of("search", "--case", caseDir.toString(), "--queries", file.toString(), "--iterations", "2");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("p50"), r.out());
        assertTrue(r.out().contains("status:429"), r.out());
    }

    @Test
    void aMissingCaseIsOneLineOnStderrAndExitOne() {
        BenchRun r = BenchRun.of("search", "--case", work.resolve("no-such-case").toString(), "--json");
        assertEquals(1, r.code());
        assertEquals("", r.out());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("alembic: "), r.err());
    }

    private static void assertOrdered(JsonNode s) {
        double p50 = s.get("p50").asDouble(), p95 = s.get("p95").asDouble(), p99 = s.get("p99").asDouble(), max = s.get("max").asDouble();
        assertTrue(p50 > 0, "latency > 0: " + s);
        assertTrue(p50 <= p95 && p95 <= p99 && p99 <= max, "p50 <= p95 <= p99 <= max: " + s);
    }
}
