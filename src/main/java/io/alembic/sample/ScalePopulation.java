package io.alembic.sample;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The varied scenarios' population: campaigns from {@link CampaignMix}, benign customers from {@link CrowdPlanner},
 * then each account's share of the records. Accounts whose volume is part of their tactic (a schedule of so many
 * requests a day, a dataset shard) keep it; everyone else shares the rest by weight, campaigns taking a share that
 * falls as the population grows. Drawn from its own random stream, so the classic plan is untouched.
 */
final class ScalePopulation {
    private ScalePopulation() {}

    static Population plan(SampleSpec spec, PromptPools pools) {
        SplittableRandom v = new SplittableRandom(spec.seed() * 0x9E3779B97F4A7C15L + 0x5CA1E);
        int k = spec.accounts();
        PlanKit kit = new PlanKit(v.split(), new HashSet<>(), PlanKit.idWidth(k), pools);
        kit.records = spec.records();
        kit.maxGroup = Math.max(3, Math.min(8, k / 12));
        int distillers = CampaignMix.distillers(k, v);
        // the held-out family comes on top (from the benign side), so asking for it never crowds out another family
        if (spec.holdout() && k >= 8) distillers = Math.min(k - 1, distillers + 3 + v.nextInt(4));
        double recordShare = CampaignMix.recordShare(k, v);
        List<Campaign> campaigns = new CampaignMix(kit).plan(distillers, spec.holdout());
        int planned = 0;
        for (Campaign c : campaigns) planned += c.accounts.size();
        List<AccountPlan> benign = new CrowdPlanner(kit).plan(Math.max(0, k - planned));

        List<AccountPlan> all = new ArrayList<>(benign);
        for (Campaign c : campaigns) all.addAll(c.accounts);
        share(all, benign, campaigns, spec.records(), recordShare);
        all.sort(Comparator.comparing(a -> a.accountId)); // output order must not reveal labels
        for (int i = 0; i < all.size(); i++) all.get(i).index = i;
        for (AccountPlan a : all) a.banTail = (int) Math.min(a.banTail, a.records);
        return Population.of(all, campaigns);
    }

    private static void share(List<AccountPlan> all, List<AccountPlan> benign, List<Campaign> campaigns, long total,
                              double recordShare) {
        long pinned = 0;
        for (AccountPlan a : all) if (a.pinned) pinned += a.records;
        long budget = total / 2; // tiny budgets (tests) scale the fixed schedules down rather than starve everyone else
        if (pinned > budget) {
            long kept = 0;
            for (AccountPlan a : all) {
                if (!a.pinned) continue;
                a.records = Math.max(1, a.records * budget / pinned);
                kept += a.records;
            }
            pinned = kept;
        }
        List<AccountPlan> open = new ArrayList<>();
        for (AccountPlan a : all) if (!a.pinned) open.add(a);
        long rest = Math.max(0, total - pinned);
        double campaignShare = Math.min(0.6, Math.max(0.02, (recordShare * total - pinned) / Math.max(1, rest)));
        double benignSum = benign.stream().mapToDouble(a -> a.weight).sum();
        for (AccountPlan a : benign) a.weight = a.weight / benignSum * (1 - campaignShare);
        double campaignSum = 0;
        for (Campaign c : campaigns) campaignSum += c.weight * open(c);
        for (Campaign c : campaigns) {
            double inner = c.accounts.stream().filter(a -> !a.pinned).mapToDouble(a -> a.weight).sum();
            for (AccountPlan a : c.accounts)
                if (!a.pinned) a.weight = a.weight / inner * c.weight * open(c) / campaignSum * campaignShare;
        }
        if (!open.isEmpty()) {
            Population.apportion(open, rest);
            Population.capRecords(open);
        } else if (rest > 0) {
            all.get(0).records += rest; // everyone pinned: the first account absorbs the remainder
        }
    }

    private static int open(Campaign c) {
        int n = 0;
        for (AccountPlan a : c.accounts) if (!a.pinned) n++;
        return n;
    }
}
