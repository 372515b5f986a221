package io.alembic.bundle;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Copies a bundle (folder or .zip) into a staging folder, hashing every byte on the way. The original is only
 * ever opened for reading. Zip entries that are absolute or climb out with {@code ..} refuse the bundle, and so
 * does decompressed data far beyond what the manifest declares.
 */
public final class EvidenceStager {
    /** Decompressed bytes allowed beyond the manifest's declared total before we call it a zip bomb. */
    static final long SLACK_BYTES = 64L << 20;
    static final long MANIFEST_LIMIT = 16L << 20;

    private EvidenceStager() { }

    public static StagedBundle stage(Path bundle, Path staging) throws IOException {
        if (!Files.exists(bundle)) throw new BundleFormatException(bundle + ": no such file or folder");
        if (Files.isDirectory(bundle)) return stageDirectory(bundle, staging);
        String name = bundle.getFileName().toString().toLowerCase();
        if (name.endsWith(".zip")) return stageZip(bundle, staging);
        if (name.equals(Manifest.FILE_NAME)) return stageDirectory(bundle.toAbsolutePath().getParent(), staging);
        throw new BundleFormatException(bundle + ": not a bundle folder, manifest.json or .zip file");
    }

    private static StagedBundle stageDirectory(Path root, Path staging) throws IOException {
        Path manifestPath = root.resolve(Manifest.FILE_NAME);
        if (!Files.isRegularFile(manifestPath)) throw new BundleFormatException(root + ": no manifest.json in the bundle folder");
        List<Path> all;
        try (Stream<Path> s = Files.walk(root)) {
            all = s.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
        }
        Map<String, CopiedFile> copied = new TreeMap<>();
        for (Path p : all) {
            String rel = BundlePaths.normalize(root.relativize(p).toString());
            try (InputStream in = Files.newInputStream(p)) {
                copied.put(rel, HashingCopy.copy(in, staging.resolve(rel), rel, Long.MAX_VALUE));
            }
        }
        byte[] manifestBytes = Files.readAllBytes(staging.resolve(Manifest.FILE_NAME));
        Manifest manifest = ManifestReader.parse(manifestBytes, manifestPath.toString());
        return new StagedBundle(manifest, copied.get(Manifest.FILE_NAME).sha256(), staging, copied, root.toString());
    }

    /**
     * A zip the JDK cannot read, or whose entries cannot become files, refuses the bundle with its name; only failures
     * of this machine (disk full, permissions) stay I/O errors.
     */
    private static StagedBundle stageZip(Path zipPath, Path staging) throws IOException {
        try {
            return unzip(zipPath, staging);
        } catch (ZipException | EOFException e) {
            throw new BundleFormatException(zipPath + ": not a readable zip (" + e.getMessage() + "); bundle refused");
        } catch (InvalidPathException e) {
            throw new BundleFormatException(zipPath + ": an entry name cannot be unpacked as a file (" + e.getMessage() + "); bundle refused");
        } catch (FileSystemException e) {
            // inside our own staging folder, a clash (a file and a folder of one name) comes from the entry names
            if (e instanceof AccessDeniedException || e.getFile() == null || !e.getFile().startsWith(staging.toString())) throw e;
            throw new BundleFormatException(zipPath + ": entries clash when unpacked (" + e.getMessage() + "); bundle refused");
        }
    }

    private static StagedBundle unzip(Path zipPath, Path staging) throws IOException {
        try (ZipFile zip = new ZipFile(zipPath.toFile())) {
            List<ZipEntry> entries = new ArrayList<>();
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                if (BundlePaths.isUnsafe(entry.getName())) {
                    throw new BundleVerificationException(zipPath + ": unsafe zip entry \"" + entry.getName()
                            + "\" (absolute path or ..); bundle refused");
                }
                if (!entry.isDirectory()) entries.add(entry);
            }
            String prefix = rootPrefix(zipPath, entries);
            ZipEntry manifestEntry = zip.getEntry(prefix + Manifest.FILE_NAME);
            byte[] manifestBytes;
            try (InputStream in = zip.getInputStream(manifestEntry)) {
                manifestBytes = in.readNBytes((int) MANIFEST_LIMIT + 1);
            }
            if (manifestBytes.length > MANIFEST_LIMIT) throw new BundleVerificationException(zipPath + ": manifest.json is larger than 16 MB; bundle refused");
            Manifest manifest = ManifestReader.parse(manifestBytes, zipPath + "!/" + prefix + Manifest.FILE_NAME);
            long budget = manifest.declaredBytes() + manifestBytes.length + SLACK_BYTES;
            Map<String, CopiedFile> copied = new TreeMap<>();
            long used = 0;
            for (ZipEntry entry : entries) {
                if (!entry.getName().startsWith(prefix)) continue;
                String rel = BundlePaths.normalize(entry.getName().substring(prefix.length()));
                try (InputStream in = zip.getInputStream(entry)) {
                    CopiedFile f = HashingCopy.copy(in, staging.resolve(rel), rel, budget - used);
                    used += f.bytes();
                    copied.put(rel, f);
                } catch (HashingCopy.LimitExceeded e) {
                    throw new BundleVerificationException(zipPath + ": entry \"" + entry.getName() + "\" decompresses far beyond the "
                            + manifest.declaredBytes() + " bytes the manifest declares (possible zip bomb); bundle refused");
                }
            }
            return new StagedBundle(manifest, copied.get(Manifest.FILE_NAME).sha256(), staging, copied, zipPath.toString());
        }
    }

    /** Bundles are often zipped with their folder: accept manifest.json at the root or under one top folder. */
    private static String rootPrefix(Path zipPath, List<ZipEntry> entries) {
        String found = null;
        for (ZipEntry e : entries) {
            String n = e.getName();
            if (n.equals(Manifest.FILE_NAME)) return "";
            if (n.endsWith("/" + Manifest.FILE_NAME) && n.indexOf('/') == n.length() - Manifest.FILE_NAME.length() - 1) {
                found = n.substring(0, n.length() - Manifest.FILE_NAME.length());
            }
        }
        if (found == null) throw new BundleFormatException(zipPath + ": no manifest.json in the zip");
        return found;
    }
}
