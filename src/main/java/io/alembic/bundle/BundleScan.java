package io.alembic.bundle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Streams a bundle folder's request lines and account records straight from its files, in manifest order, without a
 * case: for scoring a bundle where importing it first would only cost time (evaluation sweeps, upstream jobs). Lines
 * that are not valid records are skipped by the caller's reader, as detection skips them in a case; verification and
 * quarantine remain the import's job.
 */
public final class BundleScan {
    @FunctionalInterface
    public interface LineSink { void accept(byte[] line) throws IOException; }

    private final Path dir;
    private final Manifest manifest;

    public BundleScan(Path dir) throws IOException {
        this.dir = dir;
        Path m = dir.resolve(Manifest.FILE_NAME);
        this.manifest = ManifestReader.parse(Files.readAllBytes(m), m.toString());
    }

    public Manifest manifest() { return manifest; }

    public void requests(LineSink sink) throws IOException {
        for (ManifestFile f : manifest.files()) {
            if (!f.isRequests()) continue;
            try (LineReader r = new LineReader(BundlePaths.resolveInside(dir, f.path()))) {
                while (r.next()) {
                    if (r.length() == 0) continue;
                    sink.accept(Arrays.copyOf(r.bytes(), r.length()));
                }
            }
        }
    }

    /** Every parseable account record of the registry files; bad lines are skipped. */
    public List<AccountRecord> accounts() throws IOException {
        List<AccountRecord> out = new ArrayList<>();
        AccountParser parser = new AccountParser();
        for (ManifestFile f : manifest.files()) {
            if (!f.isAccounts()) continue;
            try (LineReader r = new LineReader(BundlePaths.resolveInside(dir, f.path()))) {
                while (r.next()) {
                    if (r.length() == 0) continue;
                    try {
                        out.add(parser.parse(r.bytes(), r.length()));
                    } catch (BadRecordException e) {
                        // the import quarantines these; a scan only needs the good ones
                    }
                }
            }
        }
        return out;
    }
}
