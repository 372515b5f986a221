package io.alembic.bundle;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * An order-independent digest of a set of lines: the sum, modulo 2^256, of each line's SHA-256. The store and the
 * index hand their rows back in whatever order they keep them, and an import may resume across runs, so the digest
 * must not depend on order; a sum (unlike XOR) also changes when one line is there twice.
 */
public final class LineSetDigest {
    private static final BigInteger MOD = BigInteger.ONE.shiftLeft(256);

    private final MessageDigest sha = Sha256.newDigest();
    private BigInteger sum = BigInteger.ZERO;
    private long count;

    public void add(byte[] line) { add(line, 0, line.length); }

    public void add(byte[] line, int offset, int length) {
        sha.update(line, offset, length);
        sum = sum.add(new BigInteger(1, sha.digest())).mod(MOD);
        count++;
    }

    public void add(String line) { add(line.getBytes(StandardCharsets.UTF_8)); }

    public long count() { return count; }

    /** 64 lower-case hex digits; all zeros for the empty set. */
    public String hex() {
        String h = sum.toString(16);
        return "0".repeat(64 - h.length()) + h;
    }
}
