package io.alembic.detect.cluster;

import io.alembic.detect.Rule;
import io.alembic.detect.Times;
import io.alembic.detect.parts.PoissonTail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Accounts created together: a window of a few hours holding far more registrations than the registry's own rate
 * around that time predicts (a scan statistic with a Poisson tail). A busy sign-up day in a big log is not a burst;
 * twenty accounts in ninety minutes in a quiet week is. Overlapping significant windows are one burst (an operator
 * registering accounts for a day shows as a chain of them) with the best window's significance; the few background
 * sign-ups inside it get a link too weak to cluster them without other evidence.
 */
final class CreationBursts {
    record Burst(List<Integer> members, long start, long end, double significance, String describe) {}

    private CreationBursts() { }

    /** @param created creation time per account index (null when unknown) */
    static List<Burst> find(Long[] created, Rule r) {
        List<long[]> byTime = new ArrayList<>(); // {time, index}
        for (int i = 0; i < created.length; i++) if (created[i] != null) byTime.add(new long[]{created[i], i});
        byTime.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        int n = byTime.size();
        long window = (long) (r.num("creation_window_hours") * 3_600_000L);
        long context = (long) (r.num("creation_context_days") * 86_400_000L);
        List<Burst> out = new ArrayList<>();
        int e = 0, lo = 0, hi = 0;
        double bestSig = 0;
        int runS = -1, runE = -1;
        long runEnd = Long.MIN_VALUE;
        for (int s = 0; s < n; s++) {
            long t = byTime.get(s)[0];
            if (e < s) e = s;
            while (e + 1 < n && byTime.get(e + 1)[0] <= t + window) e++;
            while (lo < n && byTime.get(lo)[0] < t - context) lo++;
            while (hi < n && byTime.get(hi)[0] <= t + window + context) hi++;
            int k = e - s + 1;
            double sig = 0;
            if (k >= 2) {
                // the background is measured over the time the registry actually covers around t, so the first and last
                // sign-ups of a busy registry are not compared with a half-empty window
                long from = Math.max(t - context, byTime.get(0)[0]), to = Math.min(t + window + context, byTime.get(n - 1)[0]);
                double hours = Math.max(window, to - from) / 3_600_000.0;
                double rate = Math.max(0, (hi - lo) - k) / hours; // background sign-ups per hour, burst excluded
                double expected = Math.max(rate * window / 3_600_000.0, r.num("creation_min_expected"));
                sig = Math.min(1, PoissonTail.surprise(k, expected) / r.num("creation_full_surprise"));
            }
            boolean significant = sig >= r.num("creation_min_significance");
            if (runS >= 0 && t > runEnd) { // the run of overlapping significant windows has ended
                out.add(burst(byTime, runS, runE, bestSig));
                runS = -1;
                bestSig = 0;
            }
            if (significant) {
                if (runS < 0) runS = s;
                runE = Math.max(runE, e);
                bestSig = Math.max(bestSig, sig);
                runEnd = Math.max(runEnd, byTime.get(e)[0]);
            }
        }
        if (runS >= 0) out.add(burst(byTime, runS, runE, bestSig));
        return out;
    }

    private static Burst burst(List<long[]> byTime, int s, int e, double sig) {
        List<Integer> members = new ArrayList<>();
        for (int i = s; i <= e; i++) members.add((int) byTime.get(i)[1]);
        long start = byTime.get(s)[0], end = byTime.get(e)[0];
        String text = String.format(Locale.ROOT, "%d accounts created within %.1f h from %s", members.size(),
                (end - start) / 3_600_000.0, Times.format(start));
        return new Burst(members, start, end, sig, text);
    }
}
