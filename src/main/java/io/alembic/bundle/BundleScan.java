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
 * that are not valid records are skipped by the caller's reader (lines over the size limit and what follows a
 * break in a compressed part are skipped here), as detection skips them in a case; verification and
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
                    if (r.length() == 0) continue; // blank or over the line limit: the import keeps neither
                    sink.accept(Arrays.copyOf(r.bytes(), r.length()));
                }
            } catch (BrokenPartException e) {
                // the import keeps a broken part's whole lines and goes on with the next part; so does a scan
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
            } catch (BrokenPartException e) {
                // as for request parts: whole lines before the break count, the rest cannot be read
            }
        }
        return out;
    }
}
