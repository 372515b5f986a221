package io.alembic.sample;

import io.alembic.sample.PromptPools.Family;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import static io.alembic.sample.Network.any;

/**
 * Plans the distillation campaigns. The mix (how many campaigns, which tactics, how big) depends on the seed so
 * that a detector is evaluated on varied scenarios, and the links between a campaign's accounts are only partial.
 */
final class CampaignPlanner {
    private static final List<String> PAYMENT_COUNTRIES = List.of("SG", "HK", "US", "NL", "LT", "AE", "MY", "VN", "CY", "TR");
    private static final List<String> THROWAWAY_MAIL = List.of("mailbox-relay.example", "inboxfast.example",
            "quickmail.example", "gmail.com", "outlook.com");

    private final SplittableRandom r;
    private final Set<String> usedIds;
    /** Hex digits of org, key and payment ids: 4 in classic, wider in big varied populations (see PlanKit). */
    private final int idWidth;

    CampaignPlanner(SplittableRandom r, Set<String> usedIds) {
        this(r, usedIds, 4);
    }

    CampaignPlanner(SplittableRandom r, Set<String> usedIds, int idWidth) {
        this.r = r;
        this.usedIds = usedIds;
        this.idWidth = idWidth;
    }

    List<Campaign> plan(int distillerAccounts) {
        List<Campaign> out = new ArrayList<>();
        if (distillerAccounts <= 0) return out;
        double x = r.nextDouble();
        int n = x < 0.3 ? 1 : x < 0.55 ? 2 : x < 0.8 ? 3 : 4;
        n = Math.min(n, distillerAccounts);
        int[] sizes = split(distillerAccounts, n);
        for (int c = 0; c < n; c++) out.add(campaign("c" + (c + 1), sizes[c]));
        return out;
    }

    /** Every campaign gets at least one account; one is usually much bigger than the rest. */
    private int[] split(int total, int n) {
        int[] sizes = new int[n];
        double[] w = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) sum += w[i] = Math.exp(r.nextGaussian());
        int left = total - n;
        int given = 0;
        for (int i = 0; i < n; i++) {
            sizes[i] = 1 + (int) Math.floor(left * w[i] / sum);
            given += sizes[i];
        }
        for (int i = 0; given < total; i = (i + 1) % n, given++) sizes[i]++;
        return sizes;
    }

    /** One classic-style campaign (the varied scenarios plan these next to their own families). */
    Campaign campaign(String id, int size) {
        Campaign c = new Campaign();
        c.id = id;
        boolean cot = r.nextDouble() < 0.75;
        boolean answers = !cot || r.nextDouble() < 0.25;
        if (cot) c.tactics.add(Campaign.COT);
        c.tactics.add(Campaign.TEMPLATED);
        if (r.nextDouble() < 0.45) c.tactics.add(Campaign.PARAPHRASED);
        if (r.nextDouble() < 0.5) c.tactics.add(Campaign.SWEEP);
        if (answers) c.tactics.add(Campaign.ANSWER_ONLY);
        if (r.nextDouble() < 0.5) c.tactics.add(Campaign.KEY_ROTATION);
        if (size >= 5) c.tactics.add(Campaign.MANY_ACCOUNTS);
        if (r.nextDouble() < 0.35) c.tactics.add(Campaign.ROUTER);
        boolean slow = r.nextDouble() < 0.2;
        if (slow) c.tactics.add(Campaign.SLOW);
        else if (size >= 2 && r.nextDouble() < 0.45) c.tactics.add(Campaign.VOLUME);
        if (size >= 2 && r.nextDouble() < 0.4) c.tactics.add(Campaign.RESUMPTION);
        if (r.nextDouble() < 0.35) c.tactics.add(Campaign.GEO);

        int scaffoldCount = 1 + r.nextInt(3);
        for (int i = 0; i < scaffoldCount; i++) {
            if (cot) c.scaffolds.add(any(Templates.COT, r));
            if (answers) c.scaffolds.add(any(Templates.ANSWER_ONLY, r));
        }
        c.families.add(Family.MATH);
        if (c.has(Campaign.SWEEP)) c.families.addAll(List.of(Family.CODE, Family.SCIENCE, Family.MULTILINGUAL, Family.TASK));
        else if (r.nextBoolean()) c.families.add(Family.TASK);
        if (c.has(Campaign.SWEEP)) c.scaffolds.add(any(Templates.INSTRUCTION, r));

        c.model = cot ? AccountPlan.REASONING : (r.nextBoolean() ? AccountPlan.LARGE : AccountPlan.REASONING);
        c.userAgent = any(Network.SCRIPT_UA, r);
        c.host = any(Network.HOSTING, r);
        c.router = c.has(Campaign.ROUTER) ? any(Network.ROUTERS, r) : null;
        c.system = r.nextDouble() < 0.6 ? any(Templates.DISTILLER_SYSTEM, r) : null;
        c.temperature = r.nextBoolean() ? 0.0 : (r.nextBoolean() ? 1.0 : 0.7);
        c.maxTokens = r.nextBoolean() ? 8192 : 16384;
        c.paramSeed = r.nextDouble() < 0.3 ? (long) r.nextInt(100_000) : null;
        c.weight = Math.exp(r.nextGaussian() * 0.6) * (slow ? 0.12 : 1.0);
        accounts(c, size);
        return c;
    }

    private void accounts(Campaign c, int size) {
        // Which links give the campaign away this time: each is present only sometimes, and only for part of it.
        boolean sharePayment = r.nextDouble() < 0.6, shareDomain = r.nextDouble() < 0.6;
        boolean burst = r.nextDouble() < 0.7, sameInfra = !c.has(Campaign.GEO) && r.nextDouble() < 0.75;
        String payment = Ids.unique("pf_", idWidth, r, usedIds);
        String domain = r.nextBoolean() ? any(THROWAWAY_MAIL, r) : "dataforge-" + Ids.unique("", idWidth - 1, r, usedIds) + ".example";
        String homeCountry = any(PAYMENT_COUNTRIES, r);
        long burstAt = Timestamps.BASE_MS - (3 + r.nextInt(25)) * 86_400_000L;
        boolean waves = c.has(Campaign.RESUMPTION);
        int firstWave = waves ? (size + 1) / 2 : size;
        int banH = (int) (Timestamps.WINDOW_HOURS * (0.35 + 0.25 * r.nextDouble()));
        int resumeH = banH + 2 + r.nextInt(30);
        for (int i = 0; i < size; i++) {
            AccountPlan a = new AccountPlan();
            a.campaign = c;
            a.wave = i < firstWave ? 1 : 2;
            a.accountId = Ids.unique("acct_", 6, r, usedIds);
            a.orgId = Ids.unique("org_", idWidth, r, usedIds);
            a.paymentFingerprint = sharePayment && r.nextDouble() < 0.8 ? payment : Ids.unique("pf_", idWidth, r, usedIds);
            a.emailDomain = shareDomain && r.nextDouble() < 0.85 ? domain : any(THROWAWAY_MAIL, r);
            a.country = c.has(Campaign.GEO) ? any(PAYMENT_COUNTRIES, r) : homeCountry;
            a.tier = "tier-" + (2 + r.nextInt(2));
            a.keys = new String[c.has(Campaign.KEY_ROTATION) ? 3 + r.nextInt(6) : 1 + r.nextInt(2)];
            for (int k = 0; k < a.keys.length; k++) a.keys[k] = Ids.unique("key_", idWidth, r, usedIds);
            if (a.wave == 1) {
                a.startH = r.nextInt(72);
                a.endH = waves ? banH : Timestamps.WINDOW_HOURS;
                a.createdAtMs = burst ? burstAt + r.nextLong(6 * Timestamps.HOUR_MS)
                        : Timestamps.BASE_MS - r.nextLong(200 * 86_400_000L);
            } else {
                a.startH = resumeH + r.nextInt(6);
                a.endH = Timestamps.WINDOW_HOURS;
                // the replacement accounts appear right after the ban, often within minutes of each other
                a.createdAtMs = Timestamps.BASE_MS + banH * Timestamps.HOUR_MS
                        + r.nextLong(Math.max(1, (resumeH - banH - 1)) * Timestamps.HOUR_MS);
            }
            if (waves && a.wave == 1) {
                a.status = r.nextDouble() < 0.75 ? "banned" : "suspended";
                a.banTail = 3 + r.nextInt(10);
            } else if (r.nextDouble() < 0.1) {
                a.status = "suspended";
            }
            client(c, a, sameInfra);
            a.timeRandom = r.split();
            a.contentRandom = r.split();
            a.curve = ActivityCurve.flat(r, a.startH, a.endH, c.has(Campaign.SLOW) ? 0.03 : 0.01);
            a.regular = true;
            a.model = c.model;
            a.systemPrompt = c.system;
            a.temperature = c.temperature;
            a.maxTokens = c.maxTokens;
            a.completionForm = false;
            // volume evasion: equal shares, each kept under the per-account limit
            a.weight = c.has(Campaign.VOLUME) ? 1.0 : Math.exp(r.nextGaussian() * 0.5);
            c.accounts.add(a);
        }
    }

    private void client(Campaign c, AccountPlan a, boolean sameInfra) {
        Network.Isp host = sameInfra ? c.host : any(Network.HOSTING, r);
        a.userAgent = sameInfra || r.nextDouble() < 0.5 ? c.userAgent : any(Network.SCRIPT_UA, r);
        a.asn = host.asn();
        a.asOrg = host.name();
        a.clientCountry = host.country();
        a.ips = new String[1 + r.nextInt(4)];
        for (int i = 0; i < a.ips.length; i++) a.ips[i] = Network.hostingIp(host, r);
        if (c.router != null && r.nextDouble() < 0.85) {
            // the router hides the source; sometimes it still passes the real hop along
            if (r.nextDouble() < 0.3) a.forwardedFor = new String[]{a.ips[0]};
            a.router = c.router;
            a.ips = new String[]{c.router.ip()};
            a.asn = c.router.asn();
            a.asOrg = c.router.name();
            a.clientCountry = c.router.country();
        }
    }
}
