package io.alembic.bundle;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;

/** Hashes (SHA-256) and counts exactly the bytes that reach the underlying stream, so a manifest needs no second pass. */
public final class HashingOutputStream extends FilterOutputStream {
    private final MessageDigest digest = Sha256.newDigest();
    private long count;
    private String hex;

    public HashingOutputStream(OutputStream out) { super(out); }

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

    public long count() { return count; }

    /** The hash of everything written; call after the streams above have been finished. */
    public String sha256() {
        if (hex == null) hex = Sha256.hex(digest.digest());
        return hex;
    }
}
