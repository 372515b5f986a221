package io.alembic.bench;

import io.alembic.bundle.Manifest;
import io.alembic.bundle.ManifestFile;
import io.alembic.bundle.ManifestReader;
import io.alembic.sample.Corpora;
import io.alembic.sample.SampleGenerator;
import io.alembic.sample.SampleSpec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The one bundle every measurement of a run reads. The generator is deterministic, so a bundle already under the
 * work dir with the same name is the same bytes and is reused: generating 1M records costs more than importing them.
 */
public record BenchBundle(Path dir, long records, long bytes, List<Path> requestFiles, boolean reused, long generateMs) {
    public static final long SEED = 42;

    public static BenchBundle generateOrReuse(Path workDir, long records) throws IOException {
        String name = "bundle-" + records + "-s" + SEED;
        Path dir = workDir.resolve(name);
        boolean reused = Files.isRegularFile(dir.resolve(Manifest.FILE_NAME)) && declaredRecords(dir) == records;
        long t0 = System.nanoTime();
        if (!reused) {
            Files.createDirectories(workDir);
            new SampleGenerator(Corpora.locate(), spec(records)).generate(workDir, name);
        }
        long ms = reused ? 0 : (System.nanoTime() - t0) / 1_000_000;
        return new BenchBundle(dir, records, sizeOf(dir), requestFiles(dir), reused, ms);
    }

    /** Benchmark traffic: realistic mix (restricted corpora allowed), clean lines so all three paths count the same. */
    static SampleSpec spec(long records) {
        int accounts = (int) Math.max(50, records / 500);
        return new SampleSpec(SEED, accounts, records, false, 0, 100_000);
    }

    /** The bundle as the benchmarks' JSON describes it. */
    public void putInto(com.fasterxml.jackson.databind.node.ObjectNode b) {
        b.put("path", dir.toString());
        b.put("records", records);
        b.put("bytes", bytes);
        b.put("request_files", requestFiles.size());
        b.put("reused", reused);
        b.put("generate_ms", generateMs);
    }

    public double bytesPerRecord() { return records == 0 ? 0 : (double) bytes / records; }

    /** Reads every byte once so that all measurements start with the same OS page-cache state. */
    public long warmUp() throws IOException {
        long n = 0;
        byte[] buf = new byte[1 << 16];
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                try (InputStream in = Files.newInputStream(p)) {
                    for (int r; (r = in.read(buf)) > 0; ) n += r;
                }
            }
        }
        return n;
    }

    private static Manifest manifest(Path dir) throws IOException {
        return ManifestReader.parse(Files.readAllBytes(dir.resolve(Manifest.FILE_NAME)), dir.resolve(Manifest.FILE_NAME).toString());
    }

    private static long declaredRecords(Path dir) {
        try {
            return manifest(dir).declaredRequestRecords();
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static List<Path> requestFiles(Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        for (ManifestFile f : manifest(dir).files()) if (f.isRequests()) out.add(dir.resolve(f.path()));
        return List.copyOf(out);
    }

    static long sizeOf(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            long total = 0;
            for (Path p : walk.filter(Files::isRegularFile).toList()) total += Files.size(p);
            return total;
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
