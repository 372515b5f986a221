package io.alembic.sample;

import io.alembic.sample.AccountPlan.Profile;
import io.alembic.sample.Regions.Region;

/**
 * People of the varied scenarios: at home on one of their region's consumer ISPs, on the phone through their carrier
 * (shared NAT addresses, daily IPv6 changes), some behind a VPN, some writing in their own language, some at a desk
 * behind their employer's egress. Person-shaped activity: a few sessions on some days, fewer at weekends and on
 * public holidays.
 */
final class PeoplePlans {
    private final PlanKit k;

    PeoplePlans(PlanKit k) {
        this.k = k;
    }

    /** chat_user, stepwise_learner, tutor_app_user and mobile_user. */
    AccountPlan person(Profile p) {
        Region g = Regions.person(k.r);
        double phone = p == Profile.MOBILE_USER ? 0.85 + 0.15 * k.r.nextDouble() : 0.1 + 0.4 * k.r.nextDouble();
        AccountPlan a = home(p, g, phone);
        a.curve = Rhythms.person(k.r, g, a.startH, a.endH, 0.2 + 0.5 * k.r.nextDouble(), 3);
        boolean learner = p == Profile.STEPWISE_LEARNER || p == Profile.TUTOR_APP_USER;
        a.model = k.r.nextDouble() < 0.6 ? AccountPlan.MINI : learner && k.r.nextBoolean() ? AccountPlan.REASONING : AccountPlan.LARGE;
        if (p == Profile.TUTOR_APP_USER) a.model = AccountPlan.REASONING;
        a.temperature = k.r.nextDouble() < 0.7 ? null : 0.7;
        a.weight = k.activity(1, 1.2);
        a.recordCap = 900;
        if (p == Profile.MOBILE_USER) a.behaviour = new PeopleTalk.Casual(k.pools, a);
        return a;
    }

    /** Someone who keeps a VPN on most of the time: address, network and country change from session to session. */
    AccountPlan vpn() {
        Region g = Regions.person(k.r);
        AccountPlan a = home(Profile.VPN_USER, g, 0.2);
        a.client = new Clients.VpnUser((Clients.Person) a.client, 0.6 + 0.35 * k.r.nextDouble(), k.r);
        a.emailDomain = k.r.nextDouble() < 0.5 ? "proton.me" : a.emailDomain;
        a.curve = Rhythms.person(k.r, g, a.startH, a.endH, 0.25 + 0.5 * k.r.nextDouble(), 3);
        a.model = k.r.nextBoolean() ? AccountPlan.LARGE : AccountPlan.MINI;
        a.weight = k.activity(1.2, 1.1);
        a.recordCap = 900;
        a.behaviour = new PeopleTalk.Casual(k.pools, a);
        return a;
    }

    /** Someone who writes in their own language around English material they paste in. */
    AccountPlan nonEnglish() {
        Region g = Regions.nonEnglish(k.r);
        AccountPlan a = home(Profile.NON_ENGLISH_USER, g, 0.2 + 0.5 * k.r.nextDouble());
        a.curve = Rhythms.person(k.r, g, a.startH, a.endH, 0.25 + 0.5 * k.r.nextDouble(), 3);
        a.model = k.r.nextDouble() < 0.5 ? AccountPlan.MINI : k.r.nextDouble() < 0.7 ? AccountPlan.LARGE : AccountPlan.REASONING;
        a.weight = k.activity(1, 1.2);
        a.recordCap = 900;
        a.behaviour = new PeopleTalk.Native(k.pools, a, Languages.of(g.language()));
        return a;
    }

    /**
     * An employee using the API at work: office hours of one zone on working days, personal days off, the company's
     * egress addresses, questions that mix maths, code, instructions and general knowledge, and the reasoning model for
     * some of them.
     */
    AccountPlan desk(Profile p, Region g, Clients.Egress egress, boolean[] companyRest, String internalTool) {
        AccountPlan a = k.account(p);
        k.place(a, g);
        a.client = egress;
        Draft probe = new Draft();
        egress.apply(probe, 0, k.r);
        a.ips = new String[]{probe.ip};
        a.asn = probe.asn;
        a.asOrg = probe.asOrg;
        a.userAgent = Agents.BROWSER.draw(k.r);
        boolean[] rest = companyRest == null ? new boolean[40] : companyRest.clone();
        for (int i = 0, off = k.r.nextInt(4); i < off; i++) rest[k.r.nextInt(31)] = true; // personal days off
        int from = 8 + k.r.nextInt(2), to = 16 + k.r.nextInt(3);
        a.curve = Rhythms.office(g, from, to, rest, null, a.startH, a.endH);
        a.model = k.r.nextBoolean() ? AccountPlan.LARGE : AccountPlan.MINI;
        a.weight = k.activity(2, 0.9);
        a.recordCap = 1100;
        a.tier = "tier-" + (2 + k.r.nextInt(2));
        a.behaviour = new PeopleTalk.Desk(k.pools, a, internalTool, 0.15 + 0.2 * k.r.nextDouble());
        return a;
    }

    /** An ordinary router customer: the provider sees the router's egress, now and then the customer's own hop. */
    AccountPlan routed() {
        Infra.Gateway gw = Infra.gateway(k.r);
        Region g = Regions.person(k.r);
        AccountPlan a = home(Profile.ROUTER_CUSTOMER, g, 0.3);
        Draft probe = new Draft();
        a.client.apply(probe, 0, k.r);
        a.client = null;
        boolean smallApp = k.r.nextDouble() < 0.4;
        String origin = smallApp ? Infra.cloudIpv4(Infra.cloud(k.r), k.r) : probe.ip;
        a.router = gw.router();
        a.ips = gw.egress();
        a.forwardedFor = k.r.nextDouble() < 0.6 ? new String[]{origin} : new String[0];
        a.asn = gw.router().asn();
        a.asOrg = gw.router().name();
        a.clientCountry = gw.router().country();
        a.offsetTimestamps = false;
        a.userAgent = smallApp ? Agents.SDK.draw(k.r) : a.userAgent;
        a.curve = smallApp ? k.rhythms.business(g, k.r.nextInt(6), a.startH, a.endH)
                : Rhythms.person(k.r, g, a.startH, a.endH, 0.3 + 0.4 * k.r.nextDouble(), 3);
        a.model = Network.any(AccountPlan.MODELS, k.r);
        a.weight = k.activity(2, 1.0);
        return a;
    }

    private AccountPlan home(Profile p, Region g, double phoneShare) {
        AccountPlan a = k.account(p);
        k.place(a, g);
        Clients.Person c = new Clients.Person(g, phoneShare, Agents.BROWSER.draw(k.r), Agents.PHONE.draw(k.r), k.r);
        a.client = c;
        a.ips = new String[]{Isps.ipv4(c.home(), k.r)};
        a.asn = c.home().asn();
        a.asOrg = c.home().name();
        a.userAgent = Agents.person(k.r);
        a.emailDomain = k.personalMail(g);
        return a;
    }
}
