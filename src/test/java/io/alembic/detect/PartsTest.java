package io.alembic.detect;

import io.alembic.detect.parts.GapStats;
import io.alembic.detect.parts.HeavyHitters;
import io.alembic.detect.parts.HourProfile;
import io.alembic.detect.parts.MinHasher;
import io.alembic.detect.parts.PhraseMatcher;
import io.alembic.detect.parts.Shingler;
import io.alembic.detect.parts.Tokenizer;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PartsTest {
    @Test
    void tokenizerLowercasesAndSplitsOnPunctuation() {
        assertEquals(List.of("let", "s", "think", "step", "by", "step"), Tokenizer.tokens("Let's THINK step-by-step!"));
        assertEquals(" a b ", Tokenizer.normalise("A, b."));
    }

    @Test
    void phraseMatcherMatchesWholeWordsOnly() {
        PhraseMatcher m = new PhraseMatcher(List.of("chain of thought"));
        assertTrue(m.matches(Tokenizer.normalise("Give your full Chain-of-Thought, then answer.")));
        assertFalse(m.matches(Tokenizer.normalise("a chain of thoughtful ideas")));
    }

    @Test
    void shinglerKeepsOnlyThePromptEdges() {
        Shingler s = new Shingler(2, 3);
        long[] a = s.shingles(Tokenizer.tokens("one two three x y z w four five six"));
        long[] b = s.shingles(Tokenizer.tokens("one two three p q r s t four five six"));
        assertArrayEquals(a, b); // the middle (slot) differs, the edges do not
        assertEquals(6, a.length);
    }

    @Test
    void minHashBandsCollideForNearDuplicatesOnly() {
        MinHasher m = new MinHasher(8, 2);
        Shingler s = new Shingler(2, 8);
        long[] a = m.bandKeys(m.signature(s.shingles(Tokenizer.tokens("Solve the following problem think step by step and show all your reasoning problem what is 2 plus 2"))));
        long[] b = m.bandKeys(m.signature(s.shingles(Tokenizer.tokens("Solve the following problem think step by step and show all your reasoning problem how many apples are left"))));
        long[] c = m.bandKeys(m.signature(s.shingles(Tokenizer.tokens("my cat likes to sleep on the warm laptop keyboard every afternoon in winter"))));
        assertTrue(shared(a, b) >= 1, "same scaffold should share a band");
        assertEquals(0, shared(a, c));
    }

    private static int shared(long[] x, long[] y) {
        int n = 0;
        for (int i = 0; i < x.length; i++) if (x[i] == y[i]) n++;
        return n;
    }

    @Test
    void heavyHittersKeepFrequentKeysWithinCapacity() {
        HeavyHitters h = new HeavyHitters(4);
        for (int i = 0; i < 1000; i++) h.add(i % 2 == 0 ? 42 : 1000 + i, "r" + i);
        assertEquals(42, h.top().get(0).key());
        assertTrue(h.top().get(0).count() >= 1000 / 2 - 1000 / 5);
        assertTrue(h.top().size() <= 4);
        assertEquals(List.of("r0", "r2", "r4"), h.top().get(0).sample().subList(0, 3));
    }

    @Test
    void gapStatsSeparateSchedulesFromPoissonStreams() {
        long[] grid = new long[200];
        for (int i = 0; i < grid.length; i++) grid[i] = i * 60_000L + (i % 3) * 5_000L;
        assertTrue(GapStats.of(grid, grid.length).regularity() > 0.9);
        java.util.SplittableRandom r = new java.util.SplittableRandom(1);
        long[] poisson = new long[200];
        for (int i = 1; i < poisson.length; i++) poisson[i] = poisson[i - 1] + (long) (-Math.log(1 - r.nextDouble()) * 60_000);
        double reg = GapStats.of(poisson, poisson.length).regularity();
        assertTrue(reg > 0.2 && reg < 0.5, "poisson regularity " + reg);
        Arrays.sort(poisson);
    }

    @Test
    void hourProfileSeesTheMissingNight() {
        HourProfile flat = new HourProfile(), day = new HourProfile();
        for (int h = 0; h < 24 * 10; h++) flat.add(h * 3_600_000L);
        for (int d = 0; d < 10; d++) for (int h = 9; h < 21; h++) day.add(d * 86_400_000L + h * 3_600_000L);
        assertEquals(8 / 24.0, flat.quietestEightHourShare(), 1e-9);
        assertEquals(1.0, flat.coverage(0.3), 1e-9);
        assertEquals(0.0, day.quietestEightHourShare(), 1e-9);
    }
}
