package io.alembic.detect.parts;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class ShinglerTest {
    private final Shingler sh = new Shingler(2, 3);

    private static List<String> words(String s) { return Tokenizer.tokens(s); }

    @Test
    void shortTextIsShingledWhole() {
        assertEquals(3, sh.shingles(words("one two three four")).length);
        assertEquals(1, sh.shingles(words("single")).length, "one token still gives one shingle");
        assertEquals(1, sh.shingles(List.of()).length);
    }

    @Test
    void longTextKeepsOnlyItsEdges() {
        long[] a = sh.shingles(words("please label this: the ferry left at dawn with cargo. answer yes or no"));
        long[] b = sh.shingles(words("please label this: a walnut tree grew beside the old granite wall near town. answer yes or no"));
        assertArrayEquals(a, b, "same edges, different middle: same shingles");
        assertEquals(2 * 3 + 1 - 2 + 1, a.length, "edge + slot marker + edge, in 2-token shingles");
    }

    @Test
    void differentEdgesDiffer() {
        long[] a = sh.shingles(words("please label this: the ferry left at dawn with cargo. answer yes or no"));
        long[] b = sh.shingles(words("kindly classify this: the ferry left at dawn with cargo. reply yes or no"));
        assertFalse(java.util.Arrays.equals(a, b));
    }

    @Test
    void orderMatters() {
        List<String> t = new ArrayList<>(words("red green blue"));
        long[] a = sh.shingles(t);
        java.util.Collections.reverse(t);
        assertFalse(java.util.Arrays.equals(a, sh.shingles(t)));
    }
}
