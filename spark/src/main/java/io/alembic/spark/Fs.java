package io.alembic.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** Small Hadoop file-system helpers for the driver and the writing tasks. */
final class Fs {
    private Fs() { }

    /**
     * A private file-system instance for writing bundle files: no checksum side files (Hadoop's local file system would
     * otherwise put a .crc beside every file, which the importer would report as unlisted). Close it when done.
     */
    static FileSystem forWriting(String uri, Configuration conf) throws IOException {
        FileSystem fs = FileSystem.newInstance(new Path(uri).toUri(), conf);
        fs.setWriteChecksum(false);
        return fs;
    }

    static byte[] read(Configuration conf, String uri) throws IOException {
        Path p = new Path(uri);
        try (InputStream in = p.getFileSystem(conf).open(p)) {
            return in.readAllBytes();
        }
    }

    static void write(FileSystem fs, Path p, byte[] bytes) throws IOException {
        try (OutputStream out = fs.create(p, true)) {
            out.write(bytes);
        }
    }
}
