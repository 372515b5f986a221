package io.alembic.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.PrintWriter;

/** The --json contract of the bench commands: exactly one pretty-printed document on stdout, snake_case keys. */
public final class BenchJson {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private BenchJson() { }

    static ObjectNode object() { return MAPPER.createObjectNode(); }

    static double mb(long bytes) { return round(bytes / (1024.0 * 1024.0), 1); }

    static double round(double v, int decimals) {
        double f = Math.pow(10, decimals);
        return Math.round(v * f) / f;
    }

    /** Where the figures came from; the load average flags runs that shared the CPUs with other work. */
    static void putEnvironment(ObjectNode n) {
        n.put("java", System.getProperty("java.version"));
        n.put("cpus", Runtime.getRuntime().availableProcessors());
        n.put("load_average_1m", round(loadAverage(), 2));
    }

    static String environmentLine() {
        return String.format("java %s, %d cpus, load average %.2f (1 min, at the end)", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), loadAverage());
    }

    static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    public static void print(PrintWriter out, ObjectNode doc) {
        try {
            out.println(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(doc));
        } catch (Exception e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
        out.flush();
    }
}
