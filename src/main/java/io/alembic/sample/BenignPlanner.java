package io.alembic.sample;

import io.alembic.sample.AccountPlan.Profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import static io.alembic.sample.Network.any;

/** Plans the ordinary customers: the populations a detector must not flag. */
final class BenignPlanner {
    private static final Profile[] ORDER = {Profile.CHAT_USER, Profile.APP_INTEGRATION, Profile.ROUTER_CUSTOMER,
            Profile.STEPWISE_LEARNER, Profile.RESEARCH_EVAL};
    private static final double[] SHARE = {0.38, 0.17, 0.17, 0.15, 0.13};
    private static final List<String> MAIL = List.of("gmail.com", "outlook.com", "icloud.com", "proton.me", "yahoo.com");
    private static final List<String> COMPANIES = List.of("lumen-insurance.example", "orbit-freight.example",
            "quillnote.example", "brightpath-dental.example", "fernhill-outdoor.example");
    private static final List<String> UNIVERSITIES = List.of("eastbridge.edu.example", "kestrel-tech.ac.example",
            "uni-altstadt.example");

    private final SplittableRandom r;
    private final Set<String> usedIds;

    BenignPlanner(SplittableRandom r, Set<String> usedIds) {
        this.r = r;
        this.usedIds = usedIds;
    }

    List<AccountPlan> plan(int count) {
        List<AccountPlan> out = new ArrayList<>();
        AccountPlan lastApp = null;
        for (int i = 0; i < count; i++) {
            Profile p = i < ORDER.length ? ORDER[i] : pickProfile();
            AccountPlan a = base(p);
            switch (p) {
                case CHAT_USER, STEPWISE_LEARNER -> person(a);
                case APP_INTEGRATION -> {
                    app(a, lastApp);
                    lastApp = a;
                }
                case RESEARCH_EVAL -> research(a);
                case ROUTER_CUSTOMER -> routed(a);
            }
            out.add(a);
        }
        return out;
    }

    private Profile pickProfile() {
        double x = r.nextDouble();
        for (int i = 0; i < SHARE.length; i++) {
            x -= SHARE[i];
            if (x < 0) return ORDER[i];
        }
        return Profile.CHAT_USER;
    }

    private AccountPlan base(Profile p) {
        AccountPlan a = new AccountPlan();
        a.profile = p;
        a.accountId = Ids.unique("acct_", 6, r, usedIds);
        a.orgId = Ids.unique("org_", 4, r, usedIds);
        a.keys = new String[]{Ids.unique("key_", 4, r, usedIds)};
        a.paymentFingerprint = Ids.unique("pf_", 4, r, usedIds);
        // created some time in 2024-2025, well before the window
        a.createdAtMs = Timestamps.BASE_MS - (long) ((20 + r.nextInt(700)) * 86_400_000L) + r.nextLong(86_400_000L);
        a.tier = "tier-" + (1 + r.nextInt(2));
        a.status = r.nextDouble() < 0.03 ? "suspended" : "active";
        a.startH = r.nextDouble() < 0.7 ? 0 : r.nextInt(Timestamps.WINDOW_HOURS / 3);
        a.timeRandom = r.split();
        a.contentRandom = r.split();
        return a;
    }

    private void person(AccountPlan a) {
        Network.Isp isp = any(Network.RESIDENTIAL, r);
        residential(a, isp);
        a.emailDomain = any(MAIL, r);
        a.curve = ActivityCurve.human(r, a.tzMinutes, a.startH, a.endH, 0.25 + 0.45 * r.nextDouble(), 3);
        a.model = r.nextDouble() < 0.6 ? AccountPlan.MINI : (a.profile == Profile.STEPWISE_LEARNER && r.nextBoolean()
                ? AccountPlan.REASONING : AccountPlan.LARGE);
        a.temperature = r.nextDouble() < 0.7 ? null : 0.7;
        a.weight = Math.exp(r.nextGaussian() * 0.7);
    }

    private void residential(AccountPlan a, Network.Isp isp) {
        a.asn = isp.asn();
        a.asOrg = isp.name();
        a.country = a.clientCountry = isp.country();
        a.tzMinutes = isp.tzMinutes();
        a.offsetTimestamps = a.tzMinutes != 0 && r.nextDouble() < 0.25;
        a.ips = new String[1 + r.nextInt(3)]; // home, phone, office
        for (int i = 0; i < a.ips.length; i++) a.ips[i] = Network.residentialIp(isp, r);
        a.userAgent = any(Network.BROWSER_UA, r);
    }

    /** A production integration; sometimes the second account of the same company (staging vs production). */
    private void app(AccountPlan a, AccountPlan sibling) {
        if (sibling != null && r.nextDouble() < 0.35) {
            a.orgId = sibling.orgId;
            a.paymentFingerprint = sibling.paymentFingerprint;
            a.emailDomain = sibling.emailDomain;
            a.systemPrompt = sibling.systemPrompt;
        } else {
            int c = r.nextInt(COMPANIES.size());
            a.emailDomain = COMPANIES.get(c);
            a.systemPrompt = Templates.APP_SYSTEM.get(c);
        }
        Network.Isp host = any(Network.HOSTING, r);
        a.asn = host.asn();
        a.asOrg = host.name();
        a.country = a.clientCountry = host.country();
        a.tzMinutes = host.tzMinutes();
        String block = Network.hostingIp(host, r);
        block = block.substring(0, block.lastIndexOf('.') + 1);
        a.ips = new String[1 + r.nextInt(3)];
        for (int i = 0; i < a.ips.length; i++) a.ips[i] = block + (10 + r.nextInt(40));
        a.userAgent = any(Network.SERVER_UA, r);
        a.keys = new String[]{a.keys[0], Ids.unique("key_", 4, r, usedIds)};
        a.tier = "tier-" + (3 + r.nextInt(3));
        a.curve = ActivityCurve.business(r, a.tzMinutes, a.startH, a.endH);
        a.model = r.nextDouble() < 0.7 ? AccountPlan.MINI : AccountPlan.LARGE;
        a.completionForm = r.nextDouble() < 0.25;
        a.temperature = Math.round((0.1 + 0.6 * r.nextDouble()) * 10) / 10.0;
        a.topP = r.nextBoolean() ? 0.9 : null;
        a.maxTokens = 512 * (1 + r.nextInt(4));
        a.clientVersion = r.nextBoolean() ? "2." + r.nextInt(9) + "." + r.nextInt(20) : null;
        a.weight = 8 * Math.exp(r.nextGaussian() * 0.5);
    }

    private void research(AccountPlan a) {
        int u = r.nextInt(Network.INSTITUTIONS.size());
        Network.Isp inst = Network.INSTITUTIONS.get(u);
        a.asn = inst.asn();
        a.asOrg = inst.name();
        a.country = a.clientCountry = inst.country();
        a.tzMinutes = inst.tzMinutes();
        a.ips = new String[]{Network.institutionIp(inst, r), Network.institutionIp(inst, r)};
        a.userAgent = any(Network.RESEARCH_UA, r);
        a.emailDomain = UNIVERSITIES.get(u);
        a.tier = "tier-3";
        a.curve = ActivityCurve.sessions(r, a.tzMinutes, a.startH, a.endH, 3 + r.nextInt(4));
        a.regular = true; // an eval harness sends one item after another
        a.model = any(AccountPlan.MODELS, r);
        a.temperature = 0.0;
        a.maxTokens = 2048;
        a.weight = 1.5 * Math.exp(r.nextGaussian() * 0.4);
    }

    /** A customer of a third-party router: the provider sees the router's shared address. */
    private void routed(AccountPlan a) {
        Network.Router rt = any(Network.ROUTERS, r);
        Network.Isp isp = any(Network.RESIDENTIAL, r);
        residential(a, isp);
        a.router = rt;
        if (r.nextDouble() < 0.6) a.forwardedFor = new String[]{a.ips[0]};
        a.ips = new String[]{rt.ip()};
        a.asn = rt.asn();
        a.asOrg = rt.name();
        a.clientCountry = rt.country();
        a.offsetTimestamps = false;
        a.emailDomain = any(MAIL, r);
        boolean smallApp = r.nextDouble() < 0.4;
        if (smallApp) a.userAgent = any(Network.SERVER_UA, r);
        a.curve = smallApp ? ActivityCurve.business(r, a.tzMinutes, a.startH, a.endH)
                : ActivityCurve.human(r, a.tzMinutes, a.startH, a.endH, 0.3 + 0.4 * r.nextDouble(), 3);
        a.model = any(AccountPlan.MODELS, r);
        a.weight = 2 * Math.exp(r.nextGaussian() * 0.6);
    }
}
