package io.alembic.sample;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Hashes and counts exactly the bytes that reach the file, so the manifest needs no second pass. */
final class HashingOutputStream extends FilterOutputStream {
    private final MessageDigest digest;
    private long count;

    HashingOutputStream(OutputStream out) {
        super(out);
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        digest.update((byte) b);
        count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
        digest.update(b, off, len);
        count += len;
    }

    long count() { return count; }

    /** Call once, after the stream above has been finished. */
    String sha256() { return HexFormat.of().formatHex(digest.digest()); }
}
