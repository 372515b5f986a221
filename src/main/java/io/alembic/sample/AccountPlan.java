package io.alembic.sample;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/** Everything decided about one account before any request is written. */
final class AccountPlan {
    enum Profile {
        CHAT_USER, APP_INTEGRATION, RESEARCH_EVAL, ROUTER_CUSTOMER, STEPWISE_LEARNER,
        /** Varied scenarios: benign look-alikes that share one surface trait with a campaign. */
        RESEARCH_COT_EVAL, ALWAYS_ON_APP, TUTOR_APP_USER,
        /** Population-scale profiles of the varied scenarios (see CrowdPlanner). */
        MOBILE_USER, VPN_USER, NON_ENGLISH_USER, OFFICE_WORKER, ENTERPRISE_TEAM, BENCHMARK_EVAL, RESEARCH_TEAM,
        NIGHTLY_BATCH, MULTI_TURN_APP, GROWING_STARTUP, DRAFTING_ASSISTANT;

        String label() { return name().toLowerCase(Locale.ROOT); }
    }

    static final String LARGE = "frontier-large-2026-01";
    static final String MINI = "frontier-mini-2026-01";
    static final String REASONING = "frontier-reasoning-2026-01";
    static final List<String> MODELS = List.of(LARGE, MINI, REASONING);

    int index;
    String accountId, orgId;
    String[] keys;
    Profile profile;          // benign accounts
    Campaign campaign;        // distiller accounts
    int wave;                 // 1 = banned first wave, 2 = accounts that resumed the campaign

    // registry (accounts.jsonl)
    long createdAtMs;
    String emailDomain, country, paymentFingerprint, tier, status = "active";

    // traffic
    double weight;
    long records;
    /** Varied scenarios: at most this many requests (0 = no cap), to stay well under any per-account volume rule. */
    long recordCap;
    int startH, endH = Timestamps.WINDOW_HOURS;
    ActivityCurve curve;
    boolean regular;
    /** Log-normal spread of a script's gaps (0: the classic evenly spaced grid). */
    double gapSigma;
    int tzMinutes;
    boolean offsetTimestamps;
    int banTail;
    SplittableRandom timeRandom, contentRandom;

    // client as the provider sees it
    String[] ips;
    long asn;
    String asOrg, clientCountry, userAgent;
    Network.Router router;
    String[] forwardedFor = new String[0];

    // request style
    String model;
    boolean completionForm;
    String systemPrompt;
    Double temperature, topP;
    Integer maxTokens;
    String clientVersion;

    // varied scenarios at population scale (null/false in classic)
    /** Writes this account's requests instead of the classic content classes. */
    Behaviour behaviour;
    /** Per-request address, network and agent, for accounts whose source changes between requests. */
    ClientModel client;
    /** Records fixed by the plan (a schedule or a dataset slice), kept out of the proportional share-out. */
    boolean pinned;
    /** Requests come in conversations or bursts: how many follow each other and how far apart. */
    Episodes episodes;

    boolean distiller() { return campaign != null; }
}
