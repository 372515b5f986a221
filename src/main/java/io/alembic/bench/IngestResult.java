package io.alembic.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;

/** The figures of one ingest benchmark run, as text for a person or JSON for the closing note's table. */
public record IngestResult(BenchBundle bundle, long warmUpBytes, long warmUpNanos, Measurement full, Measurement lucene,
                           Measurement fts5, Map<String, Long> fullPhasesMs, long quarantined, long caseBytes,
                           long uncompressedBytes, long heapLimitBytes, Path keptCase) {
    public static final double TARGET_FULL_OVER_LUCENE = 1.5;

    /** Wall-time ratio: how much longer the real import takes than indexing alone. */
    public double fullOverLucene() { return ratio(full.nanos(), lucene.nanos()); }

    /** Wall-time ratio: below 1 means the workbench import beats the FTS5 script. */
    public double fullOverFts5() { return ratio(full.nanos(), fts5.nanos()); }

    public boolean countsAgree() { return full.records() == lucene.records() && lucene.records() == fts5.records(); }

    public long heapMaxBytes() { return Math.max(full.heapMaxBytes(), Math.max(lucene.heapMaxBytes(), fts5.heapMaxBytes())); }

    /** Decompressed JSONL bytes per record, as the parser sees them. */
    public double uncompressedBytesPerRecord() { return lucene.records() == 0 ? 0 : (double) uncompressedBytes / lucene.records(); }

    private static double ratio(long a, long b) { return b == 0 ? 0 : (double) a / b; }

    public ObjectNode toJson() {
        ObjectNode n = BenchJson.object();
        n.put("benchmark", "ingest");
        ObjectNode b = n.putObject("bundle");
        bundle.putInto(b);
        b.put("bytes_per_record", BenchJson.round(bundle.bytesPerRecord(), 1));
        b.put("uncompressed_bytes_per_record", BenchJson.round(uncompressedBytesPerRecord(), 1));
        ObjectNode w = n.putObject("warm_up");
        w.put("bytes", warmUpBytes);
        w.put("wall_ms", Math.round(warmUpNanos / 1e6));
        ObjectNode f = n.putObject("full_import");
        full.putInto(f);
        f.put("quarantined", quarantined);
        f.put("case_bytes", caseBytes);
        ObjectNode ph = f.putObject("phases_ms");
        fullPhasesMs.forEach(ph::put);
        lucene.putInto(n.putObject("lucene_only"));
        fts5.putInto(n.putObject("fts5"));
        n.put("counts_agree", countsAgree());
        n.put("full_over_lucene_time", BenchJson.round(fullOverLucene(), 3));
        n.put("full_over_lucene_target", TARGET_FULL_OVER_LUCENE);
        n.put("full_over_lucene_ok", fullOverLucene() <= TARGET_FULL_OVER_LUCENE);
        n.put("full_over_fts5_time", BenchJson.round(fullOverFts5(), 3));
        n.put("full_faster_than_fts5", full.nanos() < fts5.nanos());
        n.put("heap_max_mb", BenchJson.mb(heapMaxBytes()));
        n.put("heap_limit_mb", BenchJson.mb(heapLimitBytes));
        BenchJson.putEnvironment(n);
        if (keptCase != null) n.put("case", keptCase.toString());
        return n;
    }

    public void printText(PrintWriter out) {
        out.printf("bundle      %s%n", bundle.dir());
        out.printf("            %,d records, %,d bytes in %d request file(s), %.1f bytes/record (%.1f uncompressed)%s%n",
                bundle.records(), bundle.bytes(), bundle.requestFiles().size(), bundle.bytesPerRecord(),
                uncompressedBytesPerRecord(),
                bundle.reused() ? ", reused" : String.format(", generated in %,d ms", bundle.generateMs()));
        out.printf("warm-up     read %,d bytes in %,d ms%n", warmUpBytes, Math.round(warmUpNanos / 1e6));
        line(out, "full import", full);
        out.printf("            phases %s; %,d quarantined; case folder %,d bytes%n", fullPhasesMs, quarantined, caseBytes);
        line(out, "lucene-only", lucene);
        line(out, "sqlite fts5", fts5);
        out.printf("full/lucene %.2fx wall time (target <= %.1f): %s%n", fullOverLucene(), TARGET_FULL_OVER_LUCENE,
                fullOverLucene() <= TARGET_FULL_OVER_LUCENE ? "ok" : "MISSED");
        out.printf("full/fts5   %.2fx wall time: full import is %s%n", fullOverFts5(), full.nanos() < fts5.nanos() ? "faster" : "SLOWER");
        out.printf("heap        max %.1f MB used of %.1f MB limit%n", BenchJson.mb(heapMaxBytes()), BenchJson.mb(heapLimitBytes));
        if (!countsAgree()) out.println("WARNING     the three paths counted different numbers of records");
        if (keptCase != null) out.printf("case kept   %s%n", keptCase);
        out.printf("machine     %s%n", BenchJson.environmentLine());
        out.flush();
    }

    private static void line(PrintWriter out, String label, Measurement m) {
        out.printf("%-11s %,d records in %,.2f s = %,.0f records/s (heap max %.1f MB)%n", label, m.records(), m.seconds(),
                m.recordsPerSecond(), BenchJson.mb(m.heapMaxBytes()));
    }
}
