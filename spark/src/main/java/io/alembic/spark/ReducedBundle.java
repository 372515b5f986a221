package io.alembic.spark;

import io.alembic.bundle.ManifestFile;
import io.alembic.bundle.ManifestWriter;
import io.alembic.bundle.Sha256;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The output folder of the job, on the driver: checks it is free before any work, takes the request parts the
 * writing tasks left under a temporary folder (renamed to records/part-NNNNN.jsonl.gz in bucket order), writes the
 * small files, and the manifest last (native format v1, sha256 and bytes of every file, records for line files).
 */
final class ReducedBundle implements AutoCloseable {
    static final String TMP = "_alembic_tmp";

    private final String out;
    private final FileSystem fs;
    private final List<ManifestFile> files = new ArrayList<>();

    ReducedBundle(Configuration conf, String out, boolean overwrite) throws IOException {
        this.out = out;
        this.fs = Fs.forWriting(out, conf);
        Path dir = new Path(out);
        if (fs.exists(dir)) {
            if (!fs.getFileStatus(dir).isDirectory()) throw new IllegalArgumentException(out + ": exists and is not a folder");
            FileStatus[] inside = fs.listStatus(dir);
            if (inside.length > 0 && !overwrite) {
                throw new IllegalArgumentException(out + ": folder is not empty (use --overwrite to replace its contents)");
            }
            for (FileStatus st : inside) fs.delete(st.getPath(), true);
        }
        fs.mkdirs(new Path(dir, TMP));
    }

    String tmpDir() { return new Path(new Path(out), TMP).toString(); }

    /**
     * @param written one line per part from {@link PartWriter}: bucket, temp path, sha256, bytes, records
     * @return request lines in all parts
     */
    long adoptParts(List<String> written) throws IOException {
        List<String[]> parts = new ArrayList<>();
        for (String w : written) parts.add(w.split("\t"));
        parts.sort(Comparator.comparingInt(p -> Integer.parseInt(p[0])));
        long lines = 0;
        int n = 0;
        for (String[] p : parts) {
            if (Long.parseLong(p[4]) == 0) continue;
            String rel = String.format("records/part-%05d.jsonl.gz", ++n);
            Path target = new Path(new Path(out), rel);
            fs.mkdirs(target.getParent());
            if (!fs.rename(new Path(p[1]), target)) throw new IOException("cannot move " + p[1] + " to " + target);
            files.add(new ManifestFile(rel, ManifestFile.REQUESTS, p[2], Long.parseLong(p[3]), Long.parseLong(p[4])));
            lines += Long.parseLong(p[4]);
        }
        return lines;
    }

    void add(String rel, String kind, byte[] bytes, long records) throws IOException {
        Fs.write(fs, new Path(new Path(out), rel), bytes);
        files.add(new ManifestFile(rel, kind, Sha256.of(bytes), bytes.length, records));
    }

    /** README.txt is the format's optional free-text file: not listed in the manifest. */
    void readme(String text) throws IOException {
        Fs.write(fs, new Path(new Path(out), "README.txt"), text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    byte[] finish(ManifestWriter.Header header) throws IOException {
        byte[] manifest = ManifestWriter.write(header, files);
        fs.delete(new Path(new Path(out), TMP), true);
        Fs.write(fs, new Path(new Path(out), "manifest.json"), manifest);
        return manifest;
    }

    List<ManifestFile> files() { return List.copyOf(files); }

    @Override
    public void close() throws IOException { fs.close(); }
}
