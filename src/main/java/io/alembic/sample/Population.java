package io.alembic.sample;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;

/** All accounts of a bundle, with each account's share of the requested record count. */
final class Population {
    final List<AccountPlan> accounts;
    final List<Campaign> campaigns;

    private Population(List<AccountPlan> accounts, List<Campaign> campaigns) {
        this.accounts = accounts;
        this.campaigns = campaigns;
    }

    static Population of(List<AccountPlan> accounts, List<Campaign> campaigns) {
        return new Population(accounts, campaigns);
    }

    /** Classic plan, or the population-scale varied plan (which needs the corpora's datasets). */
    static Population plan(SampleSpec spec, PromptPools pools) {
        return spec.varied() ? ScalePopulation.plan(spec, pools) : plan(spec);
    }

    static Population plan(SampleSpec spec) {
        SplittableRandom master = new SplittableRandom(spec.seed());
        TreeSet<String> used = new TreeSet<>();
        int k = spec.accounts();
        int distillers = k < 2 ? 0 : (int) Math.max(1, Math.min(k - 1, Math.round(k * (0.25 + 0.2 * master.nextDouble()))));
        double distillerShare = distillers == 0 ? 0 : 0.3 + 0.35 * master.nextDouble();
        List<Campaign> campaigns = new CampaignPlanner(master.split(), used).plan(distillers);
        List<AccountPlan> benign = new BenignPlanner(master.split(), used).plan(k - distillers);
        if (spec.varied()) { // a separate stream: the classic draws above stay exactly as they were
            SplittableRandom v = new SplittableRandom(spec.seed() * 0x9E3779B97F4A7C15L + 0x7A11);
            Variations.campaigns(campaigns, v);
            Variations.benign(benign, v);
        }

        List<AccountPlan> all = new ArrayList<>(benign);
        double benignSum = benign.stream().mapToDouble(a -> a.weight).sum();
        for (AccountPlan a : benign) a.weight = a.weight / benignSum * (1 - distillerShare);
        double campaignSum = campaigns.stream().mapToDouble(c -> c.weight).sum();
        for (Campaign c : campaigns) {
            double inner = c.accounts.stream().mapToDouble(a -> a.weight).sum();
            for (AccountPlan a : c.accounts) a.weight = a.weight / inner * c.weight / campaignSum * distillerShare;
            all.addAll(c.accounts);
        }
        // Output order must not reveal labels, so accounts are ordered by their random ids.
        all.sort(Comparator.comparing(a -> a.accountId));
        for (int i = 0; i < all.size(); i++) all.get(i).index = i;
        apportion(all, spec.records());
        capRecords(all);
        for (AccountPlan a : all) a.banTail = (int) Math.min(a.banTail, a.records);
        return new Population(all, campaigns);
    }

    /** Accounts with a cap give their excess to the uncapped ones, in proportion, so the total stays exact. */
    static void capRecords(List<AccountPlan> all) {
        long excess = 0;
        for (AccountPlan a : all) {
            if (a.recordCap > 0 && a.records > a.recordCap) {
                excess += a.records - a.recordCap;
                a.records = a.recordCap;
            }
        }
        if (excess == 0) return;
        List<AccountPlan> open = all.stream().filter(a -> a.recordCap == 0).toList();
        if (open.isEmpty()) return;
        long[] before = new long[open.size()];
        for (int i = 0; i < before.length; i++) before[i] = open.get(i).records;
        for (AccountPlan a : open) a.weight = Math.max(1, a.records);
        apportion(open, excess);
        for (int i = 0; i < before.length; i++) open.get(i).records += before[i];
    }

    /** Largest-remainder apportionment, so the counts sum exactly to the total; everyone gets one if possible. */
    static void apportion(List<AccountPlan> all, long total) {
        long floor = total >= all.size() ? 1 : 0;
        long left = total - floor * all.size();
        double sum = all.stream().mapToDouble(a -> a.weight).sum();
        double[] rem = new double[all.size()];
        long given = 0;
        for (int i = 0; i < all.size(); i++) {
            double exact = left * all.get(i).weight / sum;
            long base = (long) Math.floor(exact);
            all.get(i).records = floor + base;
            rem[i] = exact - base;
            given += floor + base;
        }
        Integer[] order = new Integer[all.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        java.util.Arrays.sort(order, (x, y) -> rem[x] != rem[y] ? Double.compare(rem[y], rem[x]) : Integer.compare(x, y));
        for (int i = 0; given < total; i = (i + 1) % order.length, given++) all.get(order[i]).records++;
    }
}
