package io.alembic.detect.parts;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MinHasherTest {
    private final Shingler sh = new Shingler(2, 8);
    private final MinHasher mh = new MinHasher(8, 2);

    private long[] keys(String text) { return mh.bandKeys(mh.signature(sh.shingles(Tokenizer.tokens(text)))); }

    private static int shared(long[] a, long[] b) {
        int s = 0;
        for (int i = 0; i < a.length; i++) if (a[i] == b[i]) s++;
        return s;
    }

    @Test
    void identicalShinglesGiveIdenticalKeys() {
        assertArrayEquals(keys("the quick inventory report for the north warehouse"),
                keys("The quick inventory REPORT for the north warehouse!"));
        assertEquals(8, mh.bands());
    }

    @Test
    void nearDuplicatesCollideInSomeBand() {
        String base = "summarise the attached minutes from the parish council meeting about the new footbridge and the budget";
        String near = "summarise the attached minutes from the parish council meeting about the new footbridge and the timetable";
        assertTrue(shared(keys(base), keys(near)) >= 1);
    }

    @Test
    void unrelatedTextsDoNotCollide() {
        String[] texts = {
                "what wattage of bulb do I need for a reading lamp in a small bedroom",
                "compose a sea shanty about losing your keys at the supermarket",
                "list every prime number below one hundred in descending order",
                "how do beavers decide where to build a dam on a river",
                "explain the offside rule using only kitchen utensils as players",
        };
        for (int i = 0; i < texts.length; i++) {
            for (int j = i + 1; j < texts.length; j++) assertEquals(0, shared(keys(texts[i]), keys(texts[j])), texts[i] + " / " + texts[j]);
        }
    }

    @Test
    void equalValuesInDifferentBandsDoNotCollide() {
        long[] sig = new long[16]; // every row the same value
        long[] k = mh.bandKeys(sig);
        assertEquals(8, java.util.Arrays.stream(k).distinct().count());
    }
}
