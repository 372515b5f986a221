package io.alembic.export;

import io.alembic.bundle.HashingOutputStream;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/**
 * An export file being written: bytes go to a temporary file beside the target while being hashed, and only a
 * finished export is moved into place, so a cancelled or failed export never leaves half a file under the real name.
 */
final class HashedOutput implements AutoCloseable {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Path target;
    private final Path temp;
    private final HashingOutputStream hashing;
    private final OutputStream out;
    private boolean closed;

    HashedOutput(Path target) throws IOException {
        this.target = target.toAbsolutePath().normalize();
        Path dir = this.target.getParent();
        if (dir != null) Files.createDirectories(dir);
        // not Files.createTempFile: its owner-only permissions would stick to the export; a new file follows the umask
        this.temp = this.target.resolveSibling("." + this.target.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".part");
        this.hashing = new HashingOutputStream(Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
        this.out = new BufferedOutputStream(hashing, 1 << 16);
    }

    OutputStream stream() { return out; }

    /** Flushes, moves the file into place and returns its hash; the caller has already finished its writer. */
    ExportedFile commit() throws IOException {
        close();
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return new ExportedFile(target, hashing.sha256(), hashing.count());
    }

    /** Drops the partial file. */
    void abort() {
        try {
            close();
        } catch (IOException ignored) {
            // the partial file is deleted below either way
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // a leftover .part file is harmless and named as such
        }
    }

    @Override
    public void close() throws IOException {
        if (closed) return;
        closed = true;
        out.close();
    }
}
