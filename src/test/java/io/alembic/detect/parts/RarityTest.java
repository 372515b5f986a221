package io.alembic.detect.parts;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RarityTest {
    @Test
    void kneeIsFullUpToTheKneeAndNothingAtTheCeiling() {
        assertEquals(1.0, Rarity.knee(1, 3, 40));
        assertEquals(1.0, Rarity.knee(3, 3, 40));
        assertEquals(0.0, Rarity.knee(40, 3, 40));
        assertEquals(0.0, Rarity.knee(4000, 3, 40));
        double prev = 1;
        for (int df = 4; df < 40; df++) {
            double k = Rarity.knee(df, 3, 40);
            assertTrue(k < prev && k > 0, "falls monotonically between knee and ceiling");
            prev = k;
        }
        // log-linear: the geometric midpoint of knee and ceiling gets half
        assertEquals(0.5, Rarity.knee((long) Math.sqrt(100 * 10_000), 100, 10_000), 1e-9);
    }

    @Test
    void ceilingGrowsWithTheLogAboveItsFloor() {
        assertEquals(40.0, Rarity.ceiling(1_000, 0.001, 40));
        assertEquals(200.0, Rarity.ceiling(200_000, 0.001, 40));
    }

    @Test
    void surpriseFallsWithFrequencyAndGrowsWithTheLog() {
        assertEquals(2 * Math.log(500), Rarity.surprise(2, 1000), 1e-9);
        assertTrue(Rarity.surprise(2, 1000) > Rarity.surprise(20, 1000));
        assertTrue(Rarity.surprise(20, 100_000) > Rarity.surprise(20, 1000));
        assertEquals(Rarity.surprise(2, 1000), Rarity.surprise(1, 1000), "df below two counts as two");
        assertEquals(0.0, Rarity.surprise(1000, 1000), 1e-12);
    }

    @Test
    void chanceGrowsWithTheLogAndOneSharedValueNeverBeatsIt() {
        assertEquals(Math.log(1000.0 * 1000 / 2), Rarity.chance(1000), 1e-9);
        long prevN = 10;
        for (long n = 100; n <= 10_000_000; n *= 10) {
            assertTrue(Rarity.chance(n) > Rarity.chance(prevN));
            // even the rarest shared value (two holders) is within chance for the best of all pairs
            assertTrue(Rarity.surprise(2, n) < Rarity.chance(n));
            prevN = n;
        }
        assertEquals(Math.log(2), Rarity.chance(1), 1e-12);
    }
}
