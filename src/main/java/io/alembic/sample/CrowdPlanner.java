package io.alembic.sample;

import io.alembic.sample.AccountPlan.Profile;

import java.util.ArrayList;
import java.util.List;

/**
 * The benign population of the varied scenarios, grown the way a provider's log looks: mostly people on a few big
 * consumer networks and ordinary apps in the same few clouds, then the look-alikes that resemble one campaign or
 * another on some axis. Every profile appears at least once while there is room (small bundles), then profiles are
 * drawn by how common they are; companies, enterprise teams and labs bring several accounts at once.
 */
final class CrowdPlanner {
    /** Planned first, in this order, so that small bundles still hold every kind of account. */
    private static final Profile[] FIRST = {Profile.CHAT_USER, Profile.APP_INTEGRATION, Profile.ROUTER_CUSTOMER,
            Profile.STEPWISE_LEARNER, Profile.RESEARCH_EVAL, Profile.MOBILE_USER, Profile.OFFICE_WORKER,
            Profile.BENCHMARK_EVAL, Profile.NON_ENGLISH_USER, Profile.MULTI_TURN_APP, Profile.GROWING_STARTUP,
            Profile.ENTERPRISE_TEAM, Profile.RESEARCH_COT_EVAL, Profile.ALWAYS_ON_APP, Profile.TUTOR_APP_USER,
            Profile.NIGHTLY_BATCH, Profile.VPN_USER, Profile.RESEARCH_TEAM, Profile.DRAFTING_ASSISTANT};

    /** How often each kind of customer (not account: a company may bring several) signs up. */
    private static final Object[] MIX = {
            Profile.CHAT_USER, 0.30, Profile.MOBILE_USER, 0.12, Profile.APP_INTEGRATION, 0.17,
            Profile.ROUTER_CUSTOMER, 0.05, Profile.STEPWISE_LEARNER, 0.05, Profile.TUTOR_APP_USER, 0.015,
            Profile.NON_ENGLISH_USER, 0.06, Profile.VPN_USER, 0.02, Profile.OFFICE_WORKER, 0.04,
            Profile.ENTERPRISE_TEAM, 0.008, Profile.RESEARCH_EVAL, 0.012, Profile.RESEARCH_COT_EVAL, 0.008,
            Profile.BENCHMARK_EVAL, 0.008, Profile.RESEARCH_TEAM, 0.004, Profile.ALWAYS_ON_APP, 0.015,
            Profile.NIGHTLY_BATCH, 0.015, Profile.MULTI_TURN_APP, 0.015, Profile.GROWING_STARTUP, 0.006,
            Profile.DRAFTING_ASSISTANT, 0.008};

    private final PlanKit k;
    private final PeoplePlans people;
    private final OrgPlans orgs;
    private final LabPlans labs;

    CrowdPlanner(PlanKit k) {
        this.k = k;
        this.people = new PeoplePlans(k);
        this.orgs = new OrgPlans(k, people);
        this.labs = new LabPlans(k);
    }

    List<AccountPlan> plan(int count) {
        List<AccountPlan> out = new ArrayList<>(count);
        for (int i = 0; out.size() < count; i++) out.addAll(entity(i < FIRST.length ? FIRST[i] : draw(), count - out.size()));
        return out;
    }

    private Profile draw() {
        double total = 0;
        for (int i = 1; i < MIX.length; i += 2) total += (Double) MIX[i];
        double x = k.r.nextDouble() * total;
        for (int i = 0; i < MIX.length; i += 2) if ((x -= (Double) MIX[i + 1]) < 0) return (Profile) MIX[i];
        return Profile.CHAT_USER;
    }

    private List<AccountPlan> entity(Profile p, int room) {
        return switch (p) {
            case CHAT_USER, STEPWISE_LEARNER, TUTOR_APP_USER, MOBILE_USER -> List.of(people.person(p));
            case VPN_USER -> List.of(people.vpn());
            case NON_ENGLISH_USER -> List.of(people.nonEnglish());
            case ROUTER_CUSTOMER -> List.of(people.routed());
            case OFFICE_WORKER -> List.of(orgs.officeWorker());
            case APP_INTEGRATION -> orgs.company(room);
            case ENTERPRISE_TEAM -> orgs.enterpriseTeam(room);
            case ALWAYS_ON_APP -> List.of(orgs.alwaysOn());
            case NIGHTLY_BATCH -> List.of(orgs.nightly());
            case MULTI_TURN_APP -> List.of(orgs.conversations());
            case GROWING_STARTUP -> List.of(orgs.startup());
            case DRAFTING_ASSISTANT -> List.of(orgs.drafting());
            case RESEARCH_EVAL, RESEARCH_COT_EVAL -> List.of(labs.eval(p));
            case BENCHMARK_EVAL -> List.of(labs.benchmark());
            case RESEARCH_TEAM -> labs.team(room);
        };
    }
}
