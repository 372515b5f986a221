package io.alembic.spark;

import io.alembic.bundle.Manifest;
import io.alembic.bundle.ManifestFile;
import io.alembic.bundle.ManifestReader;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * What the job reads, resolved on the driver from the --input and --accounts arguments (local paths, globs or any
 * Hadoop-compatible URI): native bundle folders (their manifest's request and account files, in manifest order),
 * .jsonl / .jsonl.gz files (a glob or a folder expands to its files sorted by path), and Parquet. Text files are
 * numbered in that order; the numbers order the lines of the whole input (see {@link Line}).
 */
final class InputPlan implements Serializable {
    enum Format { AUTO, BUNDLE, JSONL, PARQUET }

    record TextFile(int index, String uri) implements Serializable {}

    /** A file a bundle's manifest lists, to be checked against its hash and size before the job trusts it. */
    record Listed(String bundleId, String uri, String kind, String sha256, long bytes) implements Serializable {}

    final List<TextFile> text = new ArrayList<>();
    final List<String> parquet = new ArrayList<>();
    final List<String> registry = new ArrayList<>();
    final List<Listed> listed = new ArrayList<>();
    /** The inputs as given, for the findings' provenance. */
    final List<String> described = new ArrayList<>();

    static InputPlan resolve(Configuration conf, List<String> inputs, List<String> accounts, Format format) throws IOException {
        InputPlan plan = new InputPlan();
        for (String in : inputs) {
            plan.described.add(in);
            Path p = new Path(in);
            FileSystem fs = p.getFileSystem(conf);
            if (format == Format.PARQUET) {
                plan.parquet.add(in);
                continue;
            }
            if (p.getName().equals(Manifest.FILE_NAME) && isFile(fs, p)) {
                plan.bundle(fs, p.getParent());
                continue;
            }
            FileStatus[] matched = fs.globStatus(p);
            if (matched == null || matched.length == 0) throw new IllegalArgumentException(in + ": no such file or directory");
            List<Path> files = new ArrayList<>();
            for (FileStatus st : sorted(matched)) {
                if (st.isDirectory()) {
                    if (format != Format.JSONL && isFile(fs, new Path(st.getPath(), Manifest.FILE_NAME))) {
                        plan.bundle(fs, st.getPath());
                    } else {
                        RemoteIterator<LocatedFileStatus> it = fs.listFiles(st.getPath(), true);
                        TreeSet<String> under = new TreeSet<>();
                        while (it.hasNext()) under.add(it.next().getPath().toString());
                        for (String u : under) files.add(new Path(u));
                    }
                } else {
                    if (format == Format.BUNDLE) throw new IllegalArgumentException(in + ": not a bundle folder (no manifest.json)");
                    files.add(st.getPath());
                }
            }
            boolean any = false;
            for (Path f : files) {
                String name = f.getName().toLowerCase(Locale.ROOT);
                if (name.startsWith("_") || name.startsWith(".")) continue; // _SUCCESS, .crc and other writer leftovers
                if (name.endsWith(".parquet") && format != Format.JSONL) {
                    plan.parquet.add(f.toString());
                    any = true;
                } else if (name.endsWith(".jsonl") || name.endsWith(".jsonl.gz") || name.endsWith(".json") || name.endsWith(".json.gz")
                        || format == Format.JSONL) {
                    plan.text.add(new TextFile(plan.text.size(), f.toString()));
                    any = true;
                }
            }
            if (!any && files.size() > 0) throw new IllegalArgumentException(in + ": no .jsonl, .jsonl.gz or .parquet files");
        }
        for (String a : accounts) {
            Path p = new Path(a);
            FileSystem fs = p.getFileSystem(conf);
            FileStatus[] matched = fs.globStatus(p);
            if (matched == null || matched.length == 0) throw new IllegalArgumentException(a + ": no such accounts file");
            for (FileStatus st : sorted(matched)) if (st.isFile()) plan.registry.add(st.getPath().toString());
        }
        if (plan.text.isEmpty() && plan.parquet.isEmpty()) throw new IllegalArgumentException("no request files in " + inputs);
        return plan;
    }

    private void bundle(FileSystem fs, Path dir) throws IOException {
        Path m = new Path(dir, Manifest.FILE_NAME);
        byte[] bytes;
        try (InputStream in = fs.open(m)) {
            bytes = in.readAllBytes();
        }
        Manifest manifest = ManifestReader.parse(bytes, m.toString());
        for (ManifestFile f : manifest.files()) {
            Path file = new Path(dir, f.path());
            if (f.isRequests()) text.add(new TextFile(text.size(), file.toString()));
            else if (f.isAccounts()) registry.add(file.toString());
            else continue;
            listed.add(new Listed(manifest.bundleId(), file.toString(), f.kind(), f.sha256(), f.bytes()));
        }
    }

    private static boolean isFile(FileSystem fs, Path p) throws IOException {
        try {
            return fs.getFileStatus(p).isFile();
        } catch (java.io.FileNotFoundException e) {
            return false;
        }
    }

    private static List<FileStatus> sorted(FileStatus[] st) {
        List<FileStatus> out = new ArrayList<>(List.of(st));
        out.sort((a, b) -> a.getPath().toString().compareTo(b.getPath().toString()));
        return out;
    }
}
