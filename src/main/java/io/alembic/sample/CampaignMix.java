package io.alembic.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Which campaigns a varied bundle holds. Every tactic family appears once while there is room (so every family can be
 * measured even in a small bundle); beyond that the number of campaigns grows with the number of distilling accounts
 * and each new campaign draws its family by how common such operations are. Classic-style campaigns (the classic
 * planner's tactics with the varied layer on top) take the accounts the other families leave.
 */
final class CampaignMix {
    enum Family { CLASSIC, MIMICRY, SWEEP, MULTILINGUAL, FOLLOWUP, RAMP, HOLDOUT }

    private static final Family[] EXTRA = {Family.CLASSIC, Family.MIMICRY, Family.SWEEP, Family.MULTILINGUAL,
            Family.FOLLOWUP, Family.RAMP};
    private static final double[] EXTRA_SHARE = {0.4, 0.14, 0.14, 0.1, 0.1, 0.12};

    private final PlanKit k;

    CampaignMix(PlanKit k) {
        this.k = k;
    }

    /** Distilling accounts in a bundle of {@code accounts}: about a third of a small bundle, a sliver of a big one. */
    static int distillers(int accounts, SplittableRandom r) {
        if (accounts < 2) return 0;
        double share = 0.25 + 0.2 * r.nextDouble();
        double d = accounts <= 80 ? accounts * share : 80 * share * Math.sqrt(accounts / 80.0);
        return (int) Math.max(1, Math.min(accounts - 1, Math.round(d)));
    }

    /** Share of all records the campaigns send (falls with population size, like the share of accounts). */
    static double recordShare(int accounts, SplittableRandom r) {
        double share = 0.3 + 0.35 * r.nextDouble();
        return accounts <= 80 ? share : share * Math.pow(80.0 / accounts, 0.25);
    }

    List<Campaign> plan(int distillers, boolean holdout) {
        SplittableRandom r = k.r;
        List<Family> families = new ArrayList<>(List.of(Family.MIMICRY, Family.SWEEP, Family.MULTILINGUAL,
                Family.FOLLOWUP, Family.RAMP));
        if (holdout) families.add(0, Family.HOLDOUT); // first, so a tiny bundle drops others before it
        int guaranteed = families.size();
        double x = r.nextDouble();
        int classic = x < 0.3 ? 1 : x < 0.55 ? 2 : x < 0.8 ? 3 : 4;
        int target = Math.max(guaranteed + classic, (int) Math.round(distillers / 12.0));
        for (int i = guaranteed + classic; i < target; i++) {
            Family f = draw(r, holdout);
            if (f == Family.CLASSIC) classic++; else families.add(f);
        }
        List<Integer> sizes = new ArrayList<>();
        for (Family f : families) sizes.add(size(f, distillers, r));
        // classic-style campaigns need at least one account each; shrink or drop the others until they fit
        while (sum(sizes) > distillers - classic) {
            int i = largestAboveMinimum(families, sizes);
            if (i >= 0) sizes.set(i, sizes.get(i) - 1);
            else if (families.size() > guaranteed) drop(families, sizes);
            else if (classic > 1) classic--;
            else if (!families.isEmpty()) drop(families, sizes);
            else break;
        }
        int classicTotal = distillers - sum(sizes);
        if (classicTotal <= 0) classic = 0;
        List<Campaign> out = new ArrayList<>();
        int[] classicSizes = classic > 0 ? split(classicTotal, classic, r) : new int[0];
        int total = families.size() + classic;
        int[] order = shuffled(total, r); // campaign numbers say nothing about the family
        CampaignPlanner classicPlanner = new CampaignPlanner(r.split(), k.used, k.idWidth);
        List<Campaign> classicOnes = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            String id = "c" + (order[i] + 1);
            if (i < classic) {
                Campaign c = classicPlanner.campaign(id, classicSizes[i]);
                classicOnes.add(c);
                out.add(c);
                continue;
            }
            Family f = families.get(i - classic);
            Campaign c = new Campaign();
            c.id = id;
            int n = sizes.get(i - classic);
            switch (f) {
                case MIMICRY -> HumanMimicry.plan(k, c, n);
                case SWEEP -> DatasetSweep.plan(k, c, n);
                case MULTILINGUAL -> MultilingualHarvest.plan(k, c, n);
                case FOLLOWUP -> ReasoningFollowup.plan(k, c, n);
                case RAMP -> SlowRamp.plan(k, c, n);
                case HOLDOUT -> EchoSampling.plan(k, c, n);
                case CLASSIC -> throw new IllegalStateException();
            }
            c.weight = f == Family.RAMP ? 1.6 : f == Family.HOLDOUT ? 0.8 : 1.0;
            out.add(c);
        }
        Variations.campaigns(classicOnes, r.split());
        out.sort(java.util.Comparator.comparingInt(c -> Integer.parseInt(c.id.substring(1))));
        return out;
    }

    private static Family draw(SplittableRandom r, boolean holdout) {
        if (holdout && r.nextDouble() < 0.08) return Family.HOLDOUT;
        double x = r.nextDouble();
        for (int i = 0; i < EXTRA.length; i++) if ((x -= EXTRA_SHARE[i]) < 0) return EXTRA[i];
        return Family.CLASSIC;
    }

    /** Accounts per campaign by family; sweeps and re-samplers run bigger fleets in big populations. */
    private static int size(Family f, int distillers, SplittableRandom r) {
        boolean big = distillers > 300;
        return switch (f) {
            case MIMICRY -> 3 + r.nextInt(5);
            case SWEEP -> 4 + r.nextInt(big ? 20 : 9);
            case MULTILINGUAL, FOLLOWUP -> 2 + r.nextInt(big ? 9 : 6);
            case RAMP -> 2 + r.nextInt(4);
            case HOLDOUT -> 3 + r.nextInt(big ? 10 : 6);
            case CLASSIC -> 1;
        };
    }

    private static int minimum(Family f) {
        return f == Family.MIMICRY || f == Family.HOLDOUT ? 3 : f == Family.SWEEP ? 3 : 2;
    }

    private static int largestAboveMinimum(List<Family> fs, List<Integer> sizes) {
        int best = -1;
        for (int i = 0; i < sizes.size(); i++)
            if (sizes.get(i) > minimum(fs.get(i)) && (best < 0 || sizes.get(i) > sizes.get(best))) best = i;
        return best;
    }

    private static void drop(List<Family> families, List<Integer> sizes) {
        families.remove(families.size() - 1);
        sizes.remove(sizes.size() - 1);
    }

    private static int sum(List<Integer> l) {
        int s = 0;
        for (int v : l) s += v;
        return s;
    }

    /** Heavy-tailed split, at least one each: one campaign is usually much bigger than the rest. */
    private static int[] split(int total, int n, SplittableRandom r) {
        int[] sizes = new int[n];
        double[] w = new double[n];
        double s = 0;
        for (int i = 0; i < n; i++) s += w[i] = Math.exp(r.nextGaussian());
        int given = 0;
        for (int i = 0; i < n; i++) given += sizes[i] = 1 + (int) Math.floor((total - n) * w[i] / s);
        for (int i = 0; given < total; i = (i + 1) % n, given++) sizes[i]++;
        return sizes;
    }

    private static int[] shuffled(int n, SplittableRandom r) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = i;
        for (int i = n - 1; i > 0; i--) {
            int j = r.nextInt(i + 1), t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        return a;
    }
}
