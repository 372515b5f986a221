package io.alembic.cli;

import io.alembic.testutil.TestBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static io.alembic.testutil.TestBundle.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A real OutOfMemoryError, in a JVM of its own with a small heap: a line far larger than that heap, let through by a
 * generous --max-line-size. The import must say so, exit non-zero, and leave a case holding what was committed,
 * which a re-run with a sane limit completes.
 */
class OutOfMemoryImportTest {
    @TempDir Path tmp;

    @Test
    void outOfMemoryRollsBackToTheLastCheckpointAndTheCaseStillOpens() throws Exception {
        List<String> part1 = new ArrayList<>();
        for (int i = 1; i <= 20; i++) part1.add(request("r" + i, "2026-01-14T03:12:45Z", "acct_" + (i % 3), "m1", "krebs " + i));
        Path bundle = new TestBundle("OOM").requests("records/part-00001.jsonl", part1)
                .requests("records/part-00002.jsonl", List.of("placeholder")).writeTo(tmp.resolve("oom"));
        writeHugeLinePart(bundle.resolve("records/part-00002.jsonl"), 100 << 20);
        TestBundle.rehash(bundle, "records/part-00002.jsonl");
        Path caseDir = tmp.resolve("case");

        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx64m",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "import", bundle.toString(), "--case", caseDir.toString(), "--max-line-size", "1G")
                .redirectOutput(tmp.resolve("out.txt").toFile()).redirectError(tmp.resolve("err.txt").toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "import did not finish");
        String err = Files.readString(tmp.resolve("err.txt"));
        assertEquals(Main.ERROR, p.exitValue(), err);
        assertTrue(err.startsWith("alembic: out of memory while importing records/part-00002.jsonl line 2 (heap limit "), err);
        assertTrue(err.contains("rolled back to the last checkpoint: the case keeps the 20 records of bundle OOM"), err);
        assertEquals(1, err.lines().count(), err);

        CliRunner.Result search = CliRunner.run("search", "--case", caseDir.toString(), "--json", "request_id:r*");
        assertEquals(0, search.code(), search.err());
        assertEquals(20, search.json().get("total").asLong());

        CliRunner.Result rerun = CliRunner.run("import", bundle.toString(), "--case", caseDir.toString(), "--json", "--max-line-size", "1M");
        assertEquals(0, rerun.code(), rerun.err());
        assertEquals(22, rerun.json().get("records_imported").asLong());
        assertEquals(1, rerun.json().get("records_quarantined").asLong());
        CliRunner.Result q = CliRunner.run("quarantine", "--case", caseDir.toString());
        assertTrue(q.out().startsWith("records/part-00002.jsonl:2: line is " + (100 << 20) + " bytes"), q.out());
    }

    /** Line 1 and 3 are ordinary; line 2 is one {@code bytes}-long record, written without holding it. */
    private static void writeHugeLinePart(Path file, int bytes) throws IOException {
        String head = "{\"request_id\":\"big\",\"timestamp\":\"2026-01-14T03:12:45Z\",\"account_id\":\"acct_9\",\"model\":\"m1\","
                + "\"request\":{\"prompt\":\"";
        String tail = "\"}}";
        byte[] block = new byte[1 << 20];
        Arrays.fill(block, (byte) 'x');
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write((request("s1", "2026-01-14T03:12:45Z", "acct_1", "m1", "before") + "\n").getBytes(StandardCharsets.UTF_8));
            out.write(head.getBytes(StandardCharsets.UTF_8));
            int left = bytes - head.length() - tail.length();
            while (left > 0) {
                int n = Math.min(left, block.length);
                out.write(block, 0, n);
                left -= n;
            }
            out.write(tail.getBytes(StandardCharsets.UTF_8));
            out.write(("\n" + request("s3", "2026-01-14T03:12:45Z", "acct_1", "m1", "after") + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }
}
