package io.alembic.detect.parts;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PoissonTailTest {
    /** -log10 P(X >= k) for X ~ Poisson(m), by direct summation (fine for small k and m). */
    private static double reference(int k, double m) {
        double below = 0, term = Math.exp(-m);
        for (int i = 0; i < k; i++) {
            below += term;
            term *= m / (i + 1);
        }
        return -Math.log10(1 - below);
    }

    @Test
    void knownValues() {
        assertEquals(-Math.log10(1 - Math.exp(-1)), PoissonTail.surprise(1, 1.0), 1e-9);
        assertEquals(reference(5, 1.0), PoissonTail.surprise(5, 1.0), 1e-6);
        assertEquals(reference(2, 3.0), PoissonTail.surprise(2, 3.0), 1e-6);
        assertEquals(reference(20, 4.0), PoissonTail.surprise(20, 4.0), 1e-4);
        assertEquals(reference(30, 30.0), PoissonTail.surprise(30, 30.0), 1e-6);
        // P(X >= 10 | 0.5) is about 1.7e-10
        assertEquals(9.77, PoissonTail.surprise(10, 0.5), 0.05);
    }

    @Test
    void growsWithCountAndFallsWithExpectation() {
        double prev = 0;
        for (int k = 1; k < 200; k++) {
            double s = PoissonTail.surprise(k, 12.0);
            assertTrue(s >= prev, "monotonic in k at " + k);
            prev = s;
        }
        prev = Double.MAX_VALUE;
        for (double m = 0.5; m < 80; m *= 1.3) {
            double s = PoissonTail.surprise(25, m);
            assertTrue(s <= prev, "monotonic in mean at " + m);
            prev = s;
        }
    }

    @Test
    void edgesAndBounds() {
        assertEquals(0.0, PoissonTail.surprise(0, 5));
        assertEquals(12.0, PoissonTail.surprise(3, 0));
        assertTrue(PoissonTail.surprise(5000, 1.0) <= 300);
        assertTrue(PoissonTail.surprise(3, 1000) < 1e-6, "three where a thousand were expected is no surprise");
    }
}
