package io.alembic.detect.parts;

/**
 * -log10 P(X >= k) for X ~ Poisson(mean): how surprising it is to see k events where mean were expected. Used for
 * bursts (accounts created together) against the log's own background rate, so a busy sign-up day is not a burst.
 */
public final class PoissonTail {
    private PoissonTail() { }

    public static double surprise(int k, double mean) {
        if (k <= 0) return 0;
        if (mean <= 0) return 12;
        // P(X >= k) = 1 - sum_{i<k} e^-m m^i / i!, summed in log space for stability
        double term = -mean, sum = Double.NEGATIVE_INFINITY;
        double logTail = Double.NEGATIVE_INFINITY;
        // direct tail sum from k upwards converges quickly when k > mean; otherwise use the complement
        if (k > mean) {
            double t = -mean + k * Math.log(mean) - logFactorial(k);
            logTail = t;
            for (int i = k + 1; i < k + 200; i++) {
                t += Math.log(mean) - Math.log(i);
                logTail = logAdd(logTail, t);
                if (t < logTail - 40) break;
            }
        } else {
            for (int i = 0; i < k; i++) {
                sum = logAdd(sum, term);
                term += Math.log(mean) - Math.log(i + 1);
            }
            double below = Math.exp(sum);
            return below >= 1 ? 0 : -Math.log10(1 - below);
        }
        return Math.min(300, -logTail / Math.log(10));
    }

    private static double logAdd(double a, double b) {
        if (a == Double.NEGATIVE_INFINITY) return b;
        if (b == Double.NEGATIVE_INFINITY) return a;
        double m = Math.max(a, b);
        return m + Math.log(Math.exp(a - m) + Math.exp(b - m));
    }

    private static double logFactorial(int k) {
        double s = 0;
        for (int i = 2; i <= k; i++) s += Math.log(i);
        return s;
    }
}
