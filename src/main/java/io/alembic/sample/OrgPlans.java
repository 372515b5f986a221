package io.alembic.sample;

import io.alembic.sample.AccountPlan.Profile;
import io.alembic.sample.Regions.Region;

import java.util.ArrayList;
import java.util.List;

/**
 * Companies of the varied scenarios. Most are ordinary apps in the same few clouds with the same handful of SDKs;
 * a company often has several accounts (production, staging, another product) that share its org, payment and
 * domain; some run round the clock, some in a nightly window, some grow fast after a launch; enterprise teams get
 * their seats created together by an administrator and share everything a campaign's accounts would share.
 */
final class OrgPlans {
    private final PlanKit k;
    private final PeoplePlans people;

    OrgPlans(PlanKit k, PeoplePlans people) {
        this.k = k;
        this.people = people;
    }

    /** One company's apps: usually one account, sometimes up to four sharing org, payment and e-mail domain. */
    List<AccountPlan> company(int room) {
        Region g = Regions.company(k.r);
        String company = Products.company(k.r);
        String domain = Products.domain(company, k.r);
        Network.Isp cloud = Infra.cloud(k.r);
        String agent = Agents.SDK.draw(k.r);
        double x = k.r.nextDouble();
        int n = Math.min(room, x < 0.62 ? 1 : x < 0.85 ? 2 : x < 0.95 ? 3 : 4);
        List<AccountPlan> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            AccountPlan a = app(Profile.APP_INTEGRATION, g, company, domain, k.r.nextDouble() < 0.85 ? cloud : Infra.cloud(k.r));
            if (k.r.nextDouble() < 0.8) a.userAgent = agent;
            if (i > 0) {
                AccountPlan first = out.get(0);
                a.orgId = first.orgId;
                a.paymentFingerprint = first.paymentFingerprint;
                if (k.r.nextDouble() < 0.4) a.systemPrompt = first.systemPrompt; // staging runs the production prompt
            }
            a.curve = k.rhythms.business(g, k.r.nextInt(6), a.startH, a.endH);
            out.add(a);
        }
        return out;
    }

    AccountPlan alwaysOn() {
        Region g = Regions.company(k.r);
        String company = Products.company(k.r);
        AccountPlan a = app(Profile.ALWAYS_ON_APP, g, company, Products.domain(company, k.r), Infra.cloud(k.r));
        a.curve = k.rhythms.global(Regions.person(k.r), k.r.nextInt(4), a.startH, a.endH);
        a.completionForm = k.r.nextDouble() < 0.5;
        a.weight = k.activity(15, 1.0);
        return a;
    }

    AccountPlan nightly() {
        Region g = Regions.company(k.r);
        String company = Products.company(k.r);
        AccountPlan a = app(Profile.NIGHTLY_BATCH, g, company, Products.domain(company, k.r), Infra.cloud(k.r));
        a.systemPrompt = Products.batchPrompt(company, k.r);
        a.curve = k.rhythms.nightly(g, 1 + k.r.nextInt(3), 2 + k.r.nextInt(3), a.startH, a.endH);
        a.regular = true;
        a.gapSigma = 0.25 + 0.3 * k.r.nextDouble();
        a.completionForm = false;
        a.weight = k.activity(20, 0.8);
        a.behaviour = new AppTalk.Batch(k.pools, a);
        return a;
    }

    AccountPlan conversations() {
        Region g = Regions.company(k.r);
        String company = Products.company(k.r);
        AccountPlan a = app(Profile.MULTI_TURN_APP, g, company, Products.domain(company, k.r), Infra.cloud(k.r));
        boolean coding = k.r.nextDouble() < 0.4;
        a.systemPrompt = coding ? "You are the coding assistant built into the " + company + " IDE plugin. Answer with code first, then a short explanation."
                : "You are the tutor in the " + company + " homework app. Guide the student, check their understanding, and keep answers friendly.";
        a.curve = k.r.nextBoolean() ? k.rhythms.global(g, k.r.nextInt(4), a.startH, a.endH)
                : k.rhythms.business(g, k.r.nextInt(6), a.startH, a.endH);
        a.episodes = new Episodes(k.r.nextLong(), 2, 6, 15_000, 360_000);
        a.completionForm = false;
        a.model = coding ? AccountPlan.LARGE : k.r.nextBoolean() ? AccountPlan.MINI : AccountPlan.LARGE;
        a.weight = k.activity(8, 1.0);
        a.behaviour = new AppTalk.Conversation(k.pools, a, coding);
        return a;
    }

    /** A product that launched recently: volume grows day after day, like a campaign ramping up, but stays a product. */
    AccountPlan startup() {
        Region g = Regions.company(k.r);
        String company = Products.company(k.r);
        AccountPlan a = app(Profile.GROWING_STARTUP, g, company, Products.domain(company, k.r), Infra.cloud(k.r));
        a.startH = k.r.nextInt(12 * 24);
        a.createdAtMs = Timestamps.BASE_MS + a.startH * Timestamps.HOUR_MS - k.r.nextLong(5 * 86_400_000L);
        a.curve = Rhythms.growing(k.r, g, 1.04 + 0.08 * k.r.nextDouble(), k.r.nextBoolean(), a.startH, a.endH);
        a.weight = k.activity(10, 0.8);
        a.behaviour = new AppTalk.Product(k.pools, a);
        return a;
    }

    AccountPlan drafting() {
        Region g = Regions.company(k.r);
        String company = Products.company(k.r);
        AccountPlan a = app(Profile.DRAFTING_ASSISTANT, g, company, Products.domain(company, k.r), Infra.cloud(k.r));
        a.systemPrompt = "You are the drafting assistant in " + company + "'s mail client. Offer natural, varied wordings that keep the sender's intent.";
        a.temperature = 0.9 + 0.1 * k.r.nextInt(2);
        a.curve = k.rhythms.business(g, k.r.nextInt(6), a.startH, a.endH);
        a.completionForm = false;
        a.weight = k.activity(6, 1.0);
        a.behaviour = new AppTalk.Drafts(k.pools, a, 2 + k.r.nextInt(3));
        return a;
    }

    /** A company's seats, created together, behind the company's egress, used at the office. */
    List<AccountPlan> enterpriseTeam(int room) {
        Region g = Regions.company(k.r);
        String company = Products.company(k.r);
        String domain = Products.domain(company, k.r);
        Clients.Egress egress = Clients.Egress.of(g, k.r.nextDouble() < 0.35, k.r);
        boolean[] rest = new boolean[40];
        if (k.r.nextDouble() < 0.5) rest[k.r.nextInt(31)] = true; // a company-wide day off
        String tool = k.r.nextDouble() < 0.5 ? "You are the internal assistant of " + company + ". Be accurate and concise; say when you are unsure." : null;
        int n = Math.min(Math.min(room, k.maxGroup), 3 + k.r.nextInt(6));
        String org = k.id("org_"), payment = k.id("pf_");
        long onboarding = Timestamps.BASE_MS - (2 + k.r.nextInt(200)) * 86_400_000L + 9 * Timestamps.HOUR_MS;
        List<AccountPlan> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            AccountPlan a = people.desk(Profile.ENTERPRISE_TEAM, g, egress, rest, k.r.nextDouble() < 0.7 ? tool : null);
            a.orgId = org;
            a.paymentFingerprint = payment;
            a.emailDomain = domain;
            a.createdAtMs = onboarding + k.r.nextLong(40 * 60_000L);
            a.startH = 0;
            a.tier = "tier-4";
            out.add(a);
        }
        return out;
    }

    /** An office worker on their own account, behind their employer's egress. */
    AccountPlan officeWorker() {
        Region g = Regions.company(k.r);
        AccountPlan a = people.desk(Profile.OFFICE_WORKER, g, Clients.Egress.of(g, k.r.nextDouble() < 0.3, k.r), null, null);
        a.emailDomain = k.r.nextDouble() < 0.5 ? Products.domain(Products.company(k.r), k.r) : k.personalMail(g);
        return a;
    }

    private AccountPlan app(Profile p, Region g, String company, String domain, Network.Isp cloud) {
        AccountPlan a = k.account(p);
        a.country = g.country();
        a.tzMinutes = g.tzMinutes();
        a.clientCountry = cloud.country();
        a.emailDomain = domain;
        Clients.Cloud c = Clients.Cloud.of(cloud, k.r);
        a.client = c;
        a.ips = new String[]{c.firstAddress(k.r)};
        a.asn = cloud.asn();
        a.asOrg = cloud.name();
        a.userAgent = Agents.SDK.draw(k.r);
        a.keys = new String[]{a.keys[0], k.id("key_")};
        a.tier = "tier-" + (3 + k.r.nextInt(3));
        a.systemPrompt = Products.systemPrompt(company, k.r);
        a.model = k.r.nextDouble() < 0.65 ? AccountPlan.MINI : AccountPlan.LARGE;
        a.completionForm = k.r.nextDouble() < 0.2;
        a.temperature = Math.round((0.1 + 0.6 * k.r.nextDouble()) * 10) / 10.0;
        a.topP = k.r.nextBoolean() ? 0.9 : null;
        a.maxTokens = 512 * (1 + k.r.nextInt(4));
        a.clientVersion = k.r.nextBoolean() ? "2." + k.r.nextInt(9) + "." + k.r.nextInt(20) : null;
        a.weight = k.activity(6, 1.6);
        return a;
    }
}
