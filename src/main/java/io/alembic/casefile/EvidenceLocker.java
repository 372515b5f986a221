package io.alembic.casefile;

import io.alembic.bundle.BundleVerifier;
import io.alembic.bundle.CopiedFile;
import io.alembic.bundle.EvidenceStager;
import io.alembic.bundle.Sha256;
import io.alembic.bundle.StagedBundle;
import io.alembic.formats.ConvertOptions;
import io.alembic.formats.Converter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Brings a bundle into the case's evidence folder: copy and hash into staging, verify against the manifest, then
 * move into {@code evidence/<bundle_id>_<key>/} with a SHA256SUMS file and read-only permissions.
 */
final class EvidenceLocker {
    /** A verified (or knowingly accepted) copy of a bundle inside the case. */
    record Placed(StagedBundle staged, BundleVerifier.Result verification, String bundleKey, Path dir) {}

    private final CaseFolder folder;

    EvidenceLocker(CaseFolder folder) { this.folder = folder; }

    /** Copies and verifies; the staging copy is removed again if anything fails. */
    StagedAndVerified stage(Path bundle) throws IOException { return stage(bundle, ConvertOptions.DETECT); }

    /**
     * Loose or foreign files are first written as a native bundle beside the staging folder (its name starts like a
     * staging folder's, so a killed import's leftovers go the same way), then staged like any bundle.
     */
    StagedAndVerified stage(Path bundle, ConvertOptions formats) throws IOException {
        removeAbandonedStaging();
        Path staging = folder.evidence().resolve(".staging-" + UUID.randomUUID());
        Path converted = null;
        try {
            Path from = bundle;
            List<String> notes = List.of();
            if (Files.exists(bundle) && (formats.format() != null && !isNativeForced(bundle, formats) || !Converter.isNativeBundle(bundle))) {
                converted = folder.evidence().resolve(".staging-convert-" + UUID.randomUUID());
                notes = Converter.convert(bundle, converted, formats).notes();
                from = converted;
            }
            StagedBundle staged = EvidenceStager.stage(from, staging);
            if (converted != null) staged = new StagedBundle(staged.manifest(), staged.manifestSha256(), staged.dir(), staged.files(), bundle.toString());
            return new StagedAndVerified(staged, BundleVerifier.verify(staged), notes);
        } catch (IOException | RuntimeException e) {
            deleteTree(staging);
            throw e;
        } finally {
            if (converted != null) deleteTree(converted);
        }
    }

    /** --format native on a real bundle is just the ordinary import. */
    private static boolean isNativeForced(Path bundle, ConvertOptions formats) throws IOException {
        return "native".equals(formats.format()) && Converter.isNativeBundle(bundle);
    }

    /** {@code conversionNotes}: what converting loose or foreign files had to say (bodies not fetched, spans skipped). */
    record StagedAndVerified(StagedBundle staged, BundleVerifier.Result verification, List<String> conversionNotes) {
        /** Identity of the bundle as received: the manifest and every file's hash, so a re-export with any change differs. */
        String bundleKey() {
            StringBuilder sb = new StringBuilder(staged.manifestSha256());
            for (Map.Entry<String, CopiedFile> e : staged.files().entrySet()) sb.append('\n').append(e.getKey()).append(' ').append(e.getValue().sha256());
            return Sha256.of(sb.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    Placed place(StagedAndVerified sv) throws IOException {
        String key = sv.bundleKey();
        String safeId = sv.staged().manifest().bundleId().replaceAll("[^A-Za-z0-9._-]", "_");
        Path dir = folder.evidence().resolve(safeId + "_" + key.substring(0, 12));
        if (Files.isDirectory(dir)) {
            deleteTree(sv.staged().dir());
        } else {
            writeSums(sv.staged());
            Files.move(sv.staged().dir(), dir, StandardCopyOption.ATOMIC_MOVE);
            makeReadOnly(dir);
        }
        return new Placed(sv.staged(), sv.verification(), key, dir);
    }

    /** A process killed while copying leaves its staging folder behind; it holds nothing that was imported. */
    private void removeAbandonedStaging() throws IOException {
        try (Stream<Path> s = Files.list(folder.evidence())) {
            for (Path p : s.filter(p -> p.getFileName().toString().startsWith(".staging-")).toList()) deleteTree(p);
        }
    }

    void discard(StagedAndVerified sv) throws IOException { deleteTree(sv.staged().dir()); }

    private static void writeSums(StagedBundle staged) throws IOException {
        StringBuilder sb = new StringBuilder();
        staged.files().values().forEach(f -> sb.append(f.sha256()).append("  ").append(f.path()).append('\n'));
        Files.writeString(staged.dir().resolve("SHA256SUMS"), sb.toString());
    }

    private static void makeReadOnly(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            s.filter(Files::isRegularFile).forEach(p -> p.toFile().setWritable(false, false));
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
