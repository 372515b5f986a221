package io.alembic.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The heap of a child JVM, read from its unified GC log ({@code -Xlog:gc:file=F}): every collection prints the heap
 * used before and after it. The peak before a collection is what the process held at most; the heap left after
 * collections, over the run, says whether it stays flat or grows with the records. Read from the log rather than
 * sampled in-process so the measured command is exactly the user's.
 */
public record GcLog(List<Gc> collections) {
    /** One collection: seconds since JVM start, MB used before and after, MB committed. */
    public record Gc(double atS, long beforeMb, long afterMb, long committedMb) {}

    // [12.345s][info][gc] GC(7) Pause Young (Normal) (G1 Evacuation Pause) 300M->120M(512M) 5.123ms
    private static final Pattern LINE = Pattern.compile("^\\[(\\d+(?:\\.\\d+)?)s].*\\bGC\\(\\d+\\) .*? (\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");

    /** The JVM option that writes the log this class reads. */
    public static String option(Path file) { return "-Xlog:gc:file=" + file + ":uptime"; }

    public static GcLog read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) return new GcLog(List.of());
        return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    static GcLog parse(List<String> lines) {
        List<Gc> out = new ArrayList<>();
        for (String l : lines) {
            Matcher m = LINE.matcher(l);
            if (m.find()) {
                out.add(new Gc(Double.parseDouble(m.group(1)), mb(m.group(2), m.group(3)), mb(m.group(4), m.group(5)),
                        mb(m.group(6), m.group(7))));
            }
        }
        return new GcLog(List.copyOf(out));
    }

    private static long mb(String n, String unit) {
        long v = Long.parseLong(n);
        return switch (unit) {
            case "K" -> v / 1024;
            case "G" -> v * 1024;
            default -> v;
        };
    }

    /** Most heap used at any collection (before it ran), MB; 0 without collections. */
    public long peakMb() { return collections.stream().mapToLong(Gc::beforeMb).max().orElse(0); }

    /** Most heap left after a collection, MB: the live set at its largest. */
    public long maxAfterMb() { return collections.stream().mapToLong(Gc::afterMb).max().orElse(0); }

    /**
     * The largest heap left after a collection in each tenth of the run (by time), MB, -1 for a tenth without one:
     * a flat heap shows ten similar figures, a leak a rising line.
     */
    public long[] afterByTenth() {
        long[] t = new long[10];
        java.util.Arrays.fill(t, -1);
        if (collections.isEmpty()) return t;
        double start = collections.get(0).atS();
        double span = Math.max(1e-9, collections.get(collections.size() - 1).atS() - start);
        for (Gc g : collections) {
            int i = (int) Math.min(9, (g.atS() - start) / span * 10);
            t[i] = Math.max(t[i], g.afterMb());
        }
        return t;
    }
}
