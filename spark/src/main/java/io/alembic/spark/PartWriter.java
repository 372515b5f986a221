package io.alembic.spark;

import io.alembic.bundle.HashingOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Writes the reduced bundle's request parts from rows (bucket, ordinal, raw) sorted by bucket then input order: one
 * gzip file per bucket, into a temporary name of this task attempt (a retried or speculative attempt never writes over
 * another's file), hashed while written. Emits one line per part, "bucket TAB temp path TAB sha256 TAB bytes TAB
 * records", and the driver renames the parts of the successful attempts. The gzip header carries no time or name
 * and the level is fixed, so the bytes depend on the lines alone.
 */
final class PartWriter implements MapPartitionsFunction<Row, String> {
    static final int GZIP_LEVEL = 6;

    private final HadoopConf conf;
    private final String tmpDir;

    PartWriter(HadoopConf conf, String tmpDir) {
        this.conf = conf;
        this.tmpDir = tmpDir;
    }

    @Override
    public Iterator<String> call(Iterator<Row> rows) throws IOException {
        List<String> out = new ArrayList<>();
        TaskContext task = TaskContext.get();
        String attempt = task == null ? "0" : task.partitionId() + "-" + task.taskAttemptId();
        try (FileSystem fs = Fs.forWriting(tmpDir, conf.get())) {
            int bucket = -1;
            Open open = null;
            while (rows.hasNext()) {
                Row r = rows.next();
                int b = r.getInt(0);
                if (b != bucket) {
                    if (open != null) out.add(open.close());
                    bucket = b;
                    open = new Open(fs, new Path(tmpDir, String.format("bucket-%06d-%s.jsonl.gz", b, attempt)), b);
                }
                open.write((byte[]) r.get(2));
            }
            if (open != null) out.add(open.close());
        }
        return out.iterator();
    }

    private static final class Open {
        final Path path;
        final int bucket;
        final HashingOutputStream hashing;
        final OutputStream gz;
        long records;

        Open(FileSystem fs, Path path, int bucket) throws IOException {
            this.path = path;
            this.bucket = bucket;
            hashing = new HashingOutputStream(new BufferedOutputStream(fs.create(path, true), 1 << 16));
            gz = new GZIPOutputStream(hashing, 1 << 16) {
                { def.setLevel(GZIP_LEVEL); }
            };
        }

        void write(byte[] line) {
            try {
                gz.write(line);
                gz.write('\n');
                records++;
            } catch (IOException e) {
                throw new UncheckedIOException(path + ": " + e.getMessage(), e);
            }
        }

        String close() throws IOException {
            gz.close();
            return bucket + "\t" + path + "\t" + hashing.sha256() + "\t" + hashing.count() + "\t" + records;
        }
    }
}
