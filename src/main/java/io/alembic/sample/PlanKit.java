package io.alembic.sample;

import io.alembic.sample.Regions.Region;

import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * What every planner of the varied scenarios shares: the random stream, the set of ids already handed out, the id
 * width (wider in big populations, the same for every account of a bundle so width says nothing), the shared activity
 * curves and the corpora's datasets.
 */
final class PlanKit {
    final SplittableRandom r;
    final Set<String> used;
    final int idWidth;
    final Rhythms rhythms = new Rhythms();
    final Datasets datasets;
    final PromptPools pools;
    /** Records the bundle will hold: tactics with a natural volume size themselves to it. */
    long records;
    /** Largest group (company seats, lab, fleet) that still leaves room for variety in a small bundle. */
    int maxGroup = 8;

    PlanKit(SplittableRandom r, Set<String> used, int idWidth, PromptPools pools) {
        this.r = r;
        this.used = used;
        this.idWidth = idWidth;
        this.pools = pools;
        this.datasets = pools.datasets;
    }

    /** Widths that never run out: 4 hex digits suit a few thousand accounts, 6 suit millions. */
    static int idWidth(int accounts) {
        return accounts > 4000 ? 6 : 4;
    }

    String id(String prefix) {
        return Ids.unique(prefix, idWidth, r, used);
    }

    String accountId() {
        return Ids.unique("acct_", 6, r, used);
    }

    /** A fresh account with its own org, key and payment, created some time in the two years before the window. */
    AccountPlan account(AccountPlan.Profile profile) {
        AccountPlan a = new AccountPlan();
        a.profile = profile;
        a.accountId = accountId();
        a.orgId = id("org_");
        a.keys = new String[]{id("key_")};
        a.paymentFingerprint = id("pf_");
        a.createdAtMs = Timestamps.BASE_MS - (long) ((3 + r.nextInt(700)) * 86_400_000L) - r.nextLong(86_400_000L);
        a.tier = "tier-" + (1 + r.nextInt(2));
        a.status = r.nextDouble() < 0.03 ? "suspended" : "active";
        a.timeRandom = r.split();
        a.contentRandom = r.split();
        // about one account in nine signed up during the month and starts then
        if (r.nextDouble() < 0.11) {
            a.startH = r.nextInt(Timestamps.WINDOW_HOURS * 3 / 4);
            a.createdAtMs = Timestamps.BASE_MS + a.startH * Timestamps.HOUR_MS - r.nextLong(3 * Timestamps.HOUR_MS);
        }
        return a;
    }

    /** A campaign's account: its own ids like anyone's; the tactic class decides everything else. */
    AccountPlan member(Campaign c) {
        AccountPlan a = new AccountPlan();
        a.campaign = c;
        a.wave = 1;
        a.accountId = accountId();
        a.orgId = id("org_");
        a.keys = new String[]{id("key_")};
        a.paymentFingerprint = id("pf_");
        a.tier = "tier-" + (1 + r.nextInt(2));
        a.status = r.nextDouble() < 0.05 ? "suspended" : "active";
        a.timeRandom = r.split();
        a.contentRandom = r.split();
        c.accounts.add(a);
        return a;
    }

    /** The account's place: country, time zone, and whether its export shows local offsets. */
    void place(AccountPlan a, Region g) {
        a.country = a.clientCountry = g.country();
        a.tzMinutes = g.tzMinutes();
        a.offsetTimestamps = a.tzMinutes != 0 && r.nextDouble() < 0.25;
    }

    private static final List<String> GLOBAL_MAIL = List.of("gmail.com", "gmail.com", "gmail.com", "outlook.com",
            "icloud.com", "yahoo.com", "proton.me", "hotmail.com");

    /** A personal mailbox: the global providers mostly, a national one now and then. */
    String personalMail(Region g) {
        if (r.nextDouble() < 0.2) {
            String local = switch (g.country()) {
                case "DE" -> "web.de";
                case "FR" -> "orange.fr";
                case "JP" -> "yahoo.co.jp";
                case "KR" -> "naver.com";
                case "BR" -> "uol.com.br";
                case "GB" -> "btinternet.com";
                case "IN" -> "rediffmail.com";
                case "PL" -> "wp.pl";
                case "IT" -> "libero.it";
                default -> null;
            };
            if (local != null) return local;
        }
        return Network.any(GLOBAL_MAIL, r);
    }

    /** Heavy-tailed activity: most accounts send little, a few send a lot. */
    double activity(double scale, double sigma) {
        return scale * Math.exp(r.nextGaussian() * sigma);
    }
}
