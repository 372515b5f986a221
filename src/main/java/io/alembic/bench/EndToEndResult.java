package io.alembic.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * The figures of one end-to-end run: {@code alembic import} in a new JVM against the Lucene-only floor (as many
 * indexing threads as cores) and the FTS5 load, on the same bundle. The baselines run JIT-warm in the benchmark's
 * own JVM, which makes the floor lower and the ratio stricter; the import pays its own start-up as a user's does.
 */
public record EndToEndResult(BenchBundle bundle, long warmUpBytes, long warmUpNanos, List<String> command,
                             Measurement endToEnd, long quarantined, long caseBytes, Measurement lucene, int luceneThreads,
                             Measurement fts5, long uncompressedBytes, Path keptCase, Path flightRecording) {
    public static final double TARGET = 1.3;

    public double overLucene() { return ratio(endToEnd.nanos(), lucene.nanos()); }

    public double overFts5() { return ratio(endToEnd.nanos(), fts5.nanos()); }

    public boolean targetMet() { return overLucene() <= TARGET; }

    public boolean countsAgree() { return endToEnd.records() == lucene.records() && lucene.records() == fts5.records(); }

    private static double ratio(long a, long b) { return b == 0 ? 0 : (double) a / b; }

    public ObjectNode toJson() {
        ObjectNode n = BenchJson.object();
        n.put("benchmark", "ingest-end-to-end");
        ObjectNode b = n.putObject("bundle");
        bundle.putInto(b);
        b.put("uncompressed_bytes", uncompressedBytes);
        ObjectNode w = n.putObject("warm_up");
        w.put("bytes", warmUpBytes);
        w.put("wall_ms", Math.round(warmUpNanos / 1e6));
        ObjectNode e = n.putObject("end_to_end");
        e.put("records", endToEnd.records());
        e.put("wall_ms", Math.round(endToEnd.nanos() / 1e6));
        e.put("records_per_s", Math.round(endToEnd.recordsPerSecond()));
        e.put("quarantined", quarantined);
        e.put("case_bytes", caseBytes);
        ArrayNode cmd = e.putArray("command");
        command.forEach(cmd::add);
        if (flightRecording != null) e.put("flight_recording", flightRecording.toString());
        ObjectNode l = n.putObject("lucene_only");
        lucene.putInto(l);
        l.put("threads", luceneThreads);
        fts5.putInto(n.putObject("fts5"));
        n.put("counts_agree", countsAgree());
        n.put("end_to_end_over_lucene_time", BenchJson.round(overLucene(), 3));
        n.put("end_to_end_over_lucene_target", TARGET);
        n.put("end_to_end_over_lucene_ok", targetMet());
        n.put("end_to_end_over_fts5_time", BenchJson.round(overFts5(), 3));
        BenchJson.putEnvironment(n);
        if (keptCase != null) n.put("case", keptCase.toString());
        return n;
    }

    public void printText(PrintWriter out) {
        out.printf("bundle      %s%n", bundle.dir());
        out.printf("            %,d records, %,d bytes in %d request file(s) (%,d bytes uncompressed)%s%n",
                bundle.records(), bundle.bytes(), bundle.requestFiles().size(), uncompressedBytes,
                bundle.reused() ? ", reused" : String.format(", generated in %,d ms", bundle.generateMs()));
        out.printf("warm-up     read %,d bytes in %,d ms; baselines JIT-warmed on %,d records%n", warmUpBytes,
                Math.round(warmUpNanos / 1e6), IngestBenchmark.WARM_UP_RECORDS);
        out.printf("command     %s%n", String.join(" ", command));
        out.printf("end-to-end  %,d records in %,.2f s = %,.0f records/s (new JVM, from start to exit); %,d quarantined; case folder %,d bytes%n",
                endToEnd.records(), endToEnd.seconds(), endToEnd.recordsPerSecond(), quarantined, caseBytes);
        out.printf("lucene-only %,d records in %,.2f s = %,.0f records/s (%d indexing thread(s), heap max %.1f MB)%n",
                lucene.records(), lucene.seconds(), lucene.recordsPerSecond(), luceneThreads, BenchJson.mb(lucene.heapMaxBytes()));
        out.printf("sqlite fts5 %,d records in %,.2f s = %,.0f records/s (heap max %.1f MB)%n",
                fts5.records(), fts5.seconds(), fts5.recordsPerSecond(), BenchJson.mb(fts5.heapMaxBytes()));
        out.printf("e2e/lucene  %.2fx wall time (target <= %.1f): %s%n", overLucene(), TARGET, targetMet() ? "met" : "NOT MET");
        out.printf("e2e/fts5    %.2fx wall time%n", overFts5());
        if (!countsAgree()) out.println("WARNING     the three paths counted different numbers of records");
        if (flightRecording != null) out.printf("profile     %s (jfr summary / jfr print --events jdk.ExecutionSample)%n", flightRecording);
        if (keptCase != null) out.printf("case kept   %s%n", keptCase);
        out.printf("machine     %s%n", BenchJson.environmentLine());
        out.flush();
    }
}
