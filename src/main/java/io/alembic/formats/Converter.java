package io.alembic.formats;

import io.alembic.bundle.BundlePaths;
import io.alembic.bundle.BundleVerificationException;
import io.alembic.bundle.CopiedFile;
import io.alembic.bundle.HashingCopy;
import io.alembic.bundle.Manifest;
import io.alembic.bundle.ManifestFile;
import io.alembic.bundle.ManifestWriter;
import io.alembic.bundle.Sha256;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Turns loose or foreign files (a file, a folder, or a .zip of either) into a native bundle folder: every source file
 * copied byte for byte under {@code source/} and hashed on the way (no exporter manifest vouches for them, so this
 * copy is what the case can prove), the records converted from those copies, and a manifest over all of it that
 * says it was written by Alembic. The same bytes in give the same bundle out, so converting on import and
 * {@code bundle --from} then importing give the same records.
 */
public final class Converter {
    static final String SOURCE_DIR = "source/";
    /** A zip of loose files declares no sizes: allow this much decompression before calling it a bomb. */
    static final long ZIP_RATIO = 200, ZIP_SLACK = 64L << 20;

    private Converter() { }

    /** True if {@code path} is a native bundle (a folder, manifest.json, or .zip holding one) that needs no conversion. */
    public static boolean isNativeBundle(Path path) throws IOException {
        if (Files.isDirectory(path)) return Files.isRegularFile(path.resolve(Manifest.FILE_NAME));
        String name = path.getFileName().toString().toLowerCase();
        if (name.equals(Manifest.FILE_NAME)) return true;
        if (!name.endsWith(".zip") || !Files.isRegularFile(path)) return false;
        try (ZipFile zip = new ZipFile(path.toFile())) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                String n = e.nextElement().getName();
                if (n.equals(Manifest.FILE_NAME) || (n.endsWith("/" + Manifest.FILE_NAME) && n.indexOf('/') == n.length() - Manifest.FILE_NAME.length() - 1)) return true;
            }
        } catch (IOException e) {
            return true; // not a readable zip: the native stager refuses it with its own message
        }
        return false;
    }

    public static Conversion convert(Path from, Path out, ConvertOptions options) throws IOException {
        if (!Files.exists(from)) throw new UnknownFormatException(from + ": no such file or folder");
        Files.createDirectories(out);
        List<SourceFile> sources = copySources(from, out);
        if (sources.isEmpty()) throw new UnknownFormatException(from + ": no files to read");
        Map<FormatReader, List<SourceFile>> assigned = assign(from, sources, options);
        List<String> unrecognised = new ArrayList<>();
        for (SourceFile s : sources) if (assigned.values().stream().noneMatch(l -> l.contains(s))) unrecognised.add(s.path());
        List<String> formats = new ArrayList<>();
        BundleAssembler sink = new BundleAssembler(out, options.maxLineBytes());
        try (sink) {
            for (Map.Entry<FormatReader, List<SourceFile>> e : assigned.entrySet()) {
                formats.add(e.getKey().name());
                e.getKey().convert(e.getValue(), sink);
            }
        }
        for (String u : unrecognised) sink.note(u + ": no reader recognised this file; kept as evidence, not imported");
        String bundleId = String.join("+", formats) + "-" + identity(sources).substring(0, 12);
        writeManifest(out, bundleId, formats, sources, sink);
        return new Conversion(out, bundleId, formats, sink.requestLines, sink.accountLines, sink.rejectedLines,
                sources.stream().map(SourceFile::path).toList(), unrecognised, List.copyOf(sink.notes));
    }

    /** Per file, the first reader in detection order that recognises it; or every file to the forced reader. */
    private static Map<FormatReader, List<SourceFile>> assign(Path from, List<SourceFile> sources, ConvertOptions options) throws IOException {
        Map<FormatReader, List<SourceFile>> out = new LinkedHashMap<>();
        if (options.format() != null) {
            FormatReader r = FormatRegistry.byName(options.format(), options.mapping()).orElseThrow(() -> new UnknownFormatException(
                    "unknown format \"" + options.format() + "\"; known formats: " + String.join(", ", FormatRegistry.names())));
            out.put(r, sources);
            return out;
        }
        List<FormatReader> readers = FormatRegistry.detectionOrder(options.mapping());
        for (FormatReader r : readers) out.put(r, new ArrayList<>());
        for (SourceFile s : sources) {
            for (FormatReader r : readers) {
                if (r.recognises(s)) {
                    out.get(r).add(s);
                    break;
                }
            }
        }
        out.values().removeIf(List::isEmpty);
        if (out.isEmpty()) throw new UnknownFormatException(refusal(from, sources, readers, options.mapping() != null));
        return out;
    }

    private static String refusal(Path from, List<SourceFile> sources, List<FormatReader> readers, boolean mapped) {
        StringBuilder sb = new StringBuilder(from + ": no manifest.json, and no known log format recognised in "
                + sources.size() + " file(s) (first: " + sources.get(0).path().substring(SOURCE_DIR.length()) + "); tried: ");
        for (int i = 0; i < readers.size(); i++) {
            if (i > 0) sb.append("; ");
            sb.append(readers.get(i).name()).append(" (").append(readers.get(i).looksFor()).append(')');
        }
        if (!mapped) sb.append("; ").append(GatewayReader.NAME).append(" (CSV or JSONL gateway logs: give --mapping FILE naming the columns)");
        return sb.append(". Use --format NAME to force one.").toString();
    }

    private static List<SourceFile> copySources(Path from, Path out) throws IOException {
        if (Files.isDirectory(from)) {
            List<Path> all;
            try (Stream<Path> s = Files.walk(from)) {
                all = s.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
            }
            List<SourceFile> files = new ArrayList<>();
            for (Path p : all) {
                String rel = BundlePaths.normalize(from.relativize(p).toString());
                if (isSkipped(rel)) continue;
                files.add(copy(Files.newInputStream(p), out, rel, Long.MAX_VALUE, Files.getLastModifiedTime(p).toMillis()));
            }
            return files;
        }
        if (from.getFileName().toString().toLowerCase().endsWith(".zip")) return unzip(from, out);
        return List.of(copy(Files.newInputStream(from), out, from.getFileName().toString(), Long.MAX_VALUE,
                Files.getLastModifiedTime(from).toMillis()));
    }

    /** Desktop litter, not evidence anyone exported. */
    private static boolean isSkipped(String rel) {
        String name = rel.substring(rel.lastIndexOf('/') + 1);
        return name.equals(".DS_Store") || name.equals("Thumbs.db") || rel.startsWith("__MACOSX/");
    }

    private static List<SourceFile> unzip(Path zipPath, Path out) throws IOException {
        long budget = Files.size(zipPath) * ZIP_RATIO + ZIP_SLACK;
        List<SourceFile> files = new ArrayList<>();
        try (ZipFile zip = new ZipFile(zipPath.toFile())) {
            List<ZipEntry> entries = new ArrayList<>();
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                if (BundlePaths.isUnsafe(entry.getName())) {
                    throw new BundleVerificationException(zipPath + ": unsafe zip entry \"" + entry.getName() + "\" (absolute path or ..); refused");
                }
                if (!entry.isDirectory() && !isSkipped(BundlePaths.normalize(entry.getName()))) entries.add(entry);
            }
            entries.sort(java.util.Comparator.comparing(ZipEntry::getName));
            long used = 0;
            for (ZipEntry entry : entries) {
                try {
                    SourceFile f = copy(zip.getInputStream(entry), out, BundlePaths.normalize(entry.getName()), budget - used, entry.getTime());
                    used += Files.size(f.file());
                    files.add(f);
                } catch (HashingCopy.LimitExceeded e) {
                    throw new BundleVerificationException(zipPath + ": entry \"" + entry.getName() + "\" decompresses beyond "
                            + ZIP_RATIO + " times the zip's size (possible zip bomb); refused");
                }
            }
        } catch (java.util.zip.ZipException e) {
            throw new UnknownFormatException(zipPath + ": not a readable zip (" + e.getMessage() + ")");
        }
        return files;
    }

    private static SourceFile copy(InputStream in, Path out, String rel, long limit, long modifiedMs) throws IOException {
        String path = SOURCE_DIR + rel;
        try (in) {
            HashingCopy.copy(in, out.resolve(path), path, limit);
        }
        return new SourceFile(path, out.resolve(path), modifiedMs);
    }

    /** Identity of the sources by content and name, so the bundle id (and key) repeat for the same files. */
    private static String identity(List<SourceFile> sources) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (SourceFile s : sources) sb.append(s.path()).append(' ').append(Sha256.of(s.file())).append('\n');
        return Sha256.of(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void writeManifest(Path out, String bundleId, List<String> formats, List<SourceFile> sources, BundleAssembler sink)
            throws IOException {
        List<ManifestFile> files = new ArrayList<>();
        for (SourceFile s : sources) files.add(describe(out, s.path(), ManifestFile.SOURCE, -1));
        if (sink.requestLines > 0) files.add(describe(out, BundleAssembler.REQUESTS, ManifestFile.REQUESTS, sink.requestLines));
        if (sink.accountLines > 0) files.add(describe(out, BundleAssembler.ACCOUNTS, ManifestFile.ACCOUNTS, sink.accountLines));
        if (sink.rejectedLines > 0) files.add(describe(out, BundleAssembler.REJECTED, ManifestFile.REJECTED, sink.rejectedLines));
        ManifestWriter.Header h = new ManifestWriter.Header(bundleId, null, null, "Alembic format conversion", null,
                sink.firstTimestamp(), sink.lastTimestamp());
        String note = "no exporter manifest vouched for the source files: Alembic hashed them itself when it read them";
        Files.write(out.resolve(Manifest.FILE_NAME), ManifestWriter.write(h, files,
                new ManifestWriter.Conversion(String.join("+", formats), note)));
    }

    private static ManifestFile describe(Path out, String path, String kind, long records) throws IOException {
        Path p = out.resolve(path);
        CopiedFile c;
        try (InputStream in = Files.newInputStream(p)) {
            c = hash(in, path);
        }
        return new ManifestFile(path, kind, c.sha256(), c.bytes(), records);
    }

    private static CopiedFile hash(InputStream in, String path) throws IOException {
        java.security.MessageDigest md = Sha256.newDigest();
        byte[] buf = new byte[1 << 16];
        long total = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
            md.update(buf, 0, n);
            total += n;
        }
        return new CopiedFile(path, Sha256.hex(md.digest()), total);
    }
}
