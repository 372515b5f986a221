package io.alembic.detect.eval;

import java.util.List;
import java.util.Map;

/** Account-level confusion counts and rates; recall per tactic and campaign as {hits, total}. */
public record Evaluation(long truePositives, long falsePositives, long falseNegatives, long trueNegatives,
                         Map<String, long[]> byTactic, Map<String, long[]> byCampaign,
                         List<String> falsePositiveIds, List<String> missedIds, Map<String, String> describe) {
    public double precision() { return ratio(truePositives, truePositives + falsePositives); }

    public double recall() { return ratio(truePositives, truePositives + falseNegatives); }

    public double f1() {
        double p = precision(), r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** An empty denominator counts as perfect: nothing to find, nothing wrongly flagged. */
    static double ratio(long a, long b) { return b == 0 ? 1.0 : a / (double) b; }

    public static double rate(long[] hitsOfTotal) { return ratio(hitsOfTotal[0], hitsOfTotal[1]); }
}
