package io.alembic.formats;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * A foreign file as copied (and hashed) into the bundle being built: {@code path} is its place in the bundle
 * ({@code source/...}), {@code file} the copy every reader reads, never the original, so what is converted is exactly
 * what was hashed. {@code modifiedMs}: the original's modification time, the only clock some formats have.
 */
public record SourceFile(String path, Path file, long modifiedMs) {
    static final int HEAD_BYTES = 64 * 1024;

    /** Gzip by content, not by name: S3 deliveries are .json.gz, but renamed copies turn up. */
    public InputStream open() throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file));
        in.mark(2);
        int a = in.read(), b = in.read();
        in.reset();
        return a == 0x1f && b == 0x8b ? new GZIPInputStream(in, 1 << 16) : in;
    }

    /** The first bytes (decompressed), as text; a broken gzip head gives what could be read. */
    public String head() throws IOException {
        byte[] buf = new byte[HEAD_BYTES];
        int n = 0;
        try (InputStream in = open()) {
            int r;
            while (n < buf.length && (r = in.read(buf, n, buf.length - n)) > 0) n += r;
        } catch (IOException e) {
            if (n == 0) return "";
        }
        return new String(buf, 0, n, StandardCharsets.UTF_8);
    }

    /** Up to {@code max} non-blank whole lines of the head (a cut last line is dropped). */
    public List<String> headLines(int max) throws IOException {
        String h = head();
        List<String> out = new ArrayList<>();
        int start = 0;
        while (out.size() < max) {
            int nl = h.indexOf('\n', start);
            if (nl < 0) {
                if (h.length() < HEAD_BYTES && start < h.length() && !h.substring(start).isBlank()) out.add(h.substring(start).trim());
                break;
            }
            String line = h.substring(start, nl).trim();
            if (!line.isEmpty()) out.add(line);
            start = nl + 1;
        }
        return out;
    }

    /** The name without folders, for messages and for ids that must not leak the investigator's paths. */
    public String name() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }
}
