package io.alembic.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code alembic import} exactly as a user runs it: a new JVM started from this jar, the bundle on disk, the case
 * folder new. The wall time runs from starting the process to its exit, so it includes JVM start-up, the evidence
 * copy, hashing, parsing, SQLite, Lucene, the derived tables and closing the case.
 */
public final class EndToEndImport {
    /** The heap a user's laptop is assumed to give the import (as in the README's commands). */
    public static final String HEAP = "-Xmx512m";

    private static final Pattern IMPORTED = Pattern.compile(": (\\d+) records imported, (\\d+) quarantined");

    /** What the child import printed and how long it took. */
    public record Outcome(int exitCode, long nanos, long records, long quarantined, String stdout, String stderr) {}

    private EndToEndImport() { }

    /**
     * The command line of one end-to-end import: {@code java [jvmArgs] -Xmx512m -jar JAR import BUNDLE --case DIR
     * --no-progress}. Extra JVM arguments (e.g. a flight recording) go before the heap option.
     */
    public static List<String> command(Path java, Path jar, Path bundle, Path caseDir, List<String> jvmArgs) {
        List<String> cmd = new ArrayList<>();
        cmd.add(java.toString());
        cmd.addAll(jvmArgs);
        cmd.add(HEAP);
        cmd.add("-jar");
        cmd.add(jar.toString());
        cmd.add("import");
        cmd.add(bundle.toString());
        cmd.add("--case");
        cmd.add(caseDir.toString());
        cmd.add("--no-progress");
        return List.copyOf(cmd);
    }

    /** JVM options that record a JFR profile of the whole child import into {@code file}. */
    public static List<String> flightRecording(Path file) {
        return List.of("-XX:+FlightRecorder", "-XX:StartFlightRecording=settings=profile,dumponexit=true,filename=" + file);
    }

    /** The java launcher of the running JVM. */
    public static Path currentJava() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /** The jar this class was loaded from; the end-to-end mode needs one (run it with {@code java -jar}). */
    public static Path currentJar() {
        try {
            Path p = Path.of(EndToEndImport.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(p) || !p.getFileName().toString().endsWith(".jar")) {
                throw new IllegalStateException("the end-to-end mode needs the packaged jar (java -jar target/alembic.jar bench ingest --end-to-end); "
                        + "running from " + p);
            }
            return p;
        } catch (URISyntaxException | SecurityException e) {
            throw new IllegalStateException("cannot locate the running jar: " + e.getMessage(), e);
        }
    }

    /** Reads "N records imported, M quarantined" from the import's text output; -1 when absent. */
    static long[] counts(String stdout) {
        Matcher m = IMPORTED.matcher(stdout);
        return m.find() ? new long[]{Long.parseLong(m.group(1)), Long.parseLong(m.group(2))} : new long[]{-1, -1};
    }

    public static Outcome run(List<String> command) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command);
        long t0 = System.nanoTime();
        Process p = pb.start();
        p.getOutputStream().close();
        CompletableFuture<String> out = drain(p.getInputStream());
        CompletableFuture<String> err = drain(p.getErrorStream());
        int code;
        try {
            code = p.waitFor();
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while the import ran");
        }
        long nanos = System.nanoTime() - t0;
        String so = out.join();
        String se = err.join();
        long[] c = counts(so);
        return new Outcome(code, nanos, c[0], c[1], so, se);
    }

    /** Its own thread per stream (not the common pool, which has one thread on two cores), so no pipe fills. */
    private static CompletableFuture<String> drain(InputStream in) {
        CompletableFuture<String> f = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try (in) {
                f.complete(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                f.completeExceptionally(new UncheckedIOException(e));
            }
        }, "end-to-end-output");
        t.setDaemon(true);
        t.start();
        return f;
    }
}
