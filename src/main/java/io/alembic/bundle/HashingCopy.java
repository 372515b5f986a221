package io.alembic.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;

/** Copies a stream to a file while hashing it, with a hard byte limit so a zip bomb cannot fill the disk. */
public final class HashingCopy {
    private HashingCopy() { }

    /** @throws LimitExceeded when more than {@code limit} bytes arrive */
    public static CopiedFile copy(InputStream in, Path target, String bundlePath, long limit) throws IOException {
        Files.createDirectories(target.getParent());
        MessageDigest md = Sha256.newDigest();
        long total = 0;
        byte[] buf = new byte[1 << 16];
        try (OutputStream out = Files.newOutputStream(target)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                total += n;
                if (total > limit) throw new LimitExceeded(total);
                md.update(buf, 0, n);
                out.write(buf, 0, n);
            }
        }
        return new CopiedFile(bundlePath, Sha256.hex(md.digest()), total);
    }

    public static final class LimitExceeded extends IOException {
        final long seen;

        LimitExceeded(long seen) {
            super("more than the allowed bytes");
            this.seen = seen;
        }
    }
}
