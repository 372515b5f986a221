package io.alembic.bundle;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class LineSetDigestTest {
    private static String digest(String... lines) {
        LineSetDigest d = new LineSetDigest();
        for (String l : lines) d.add(l);
        return d.hex();
    }

    @Test
    void orderDoesNotMatterButEveryLineDoes() {
        assertEquals(digest("a", "b", "c"), digest("c", "a", "b"));
        assertNotEquals(digest("a", "b", "c"), digest("a", "b"));
        assertNotEquals(digest("a", "b", "c"), digest("a", "b", "C"));
        assertNotEquals(digest("a", "b"), digest("a", "b", "b", "b"), "a repeated line is not cancelled out, unlike XOR");
    }

    @Test
    void emptySetIsAllZerosAndSingleLineIsItsSha256() {
        assertEquals("0".repeat(64), digest());
        assertEquals(Sha256.of("x".getBytes(java.nio.charset.StandardCharsets.UTF_8)), digest("x"));
    }
}
