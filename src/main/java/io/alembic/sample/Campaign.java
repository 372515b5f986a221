package io.alembic.sample;

import java.util.ArrayList;
import java.util.List;

/** One distillation operation: shared scaffolds, parameters and infrastructure across its accounts. */
final class Campaign {
    static final String COT = "cot_harvest", TEMPLATED = "templated_prompts", PARAPHRASED = "paraphrased_templates",
            SWEEP = "capability_sweep", KEY_ROTATION = "key_rotation", MANY_ACCOUNTS = "many_accounts",
            ROUTER = "router_masking", VOLUME = "volume_evasion", SLOW = "slow_and_low",
            RESUMPTION = "resumption_after_ban", GEO = "geo_masking", ANSWER_ONLY = "answer_only_pairs";
    /** Varied-scenario tactics (see Variations). */
    static final String JITTER = "jittered_timing", WORK_HOURS = "work_hours", FREE_PARAPHRASE = "free_paraphrase",
            UNDER_THRESHOLD = "under_threshold", ROUTER_ONLY = "router_only", BENIGN_MIX = "benign_mix";
    /** Tactic families of the population-scale varied scenarios, each planned by its own class. */
    static final String HUMAN_MIMICRY = "human_mimicry", RESIDENTIAL_PROXIES = "residential_proxies",
            COMPOSED_WRAPPERS = "composed_wrappers", VERBATIM_SWEEP = "verbatim_sweep", CREATION_BURST = "creation_burst",
            MULTILINGUAL = "multilingual_harvest", CODE_SWITCHING = "code_switching",
            REASONING_FOLLOWUP = "reasoning_followup", SLOW_RAMP = "slow_ramp", PRODUCT_COVER = "product_cover";

    String id;
    final List<String> tactics = new ArrayList<>();
    final List<List<String>> scaffolds = new ArrayList<>();
    final List<PromptPools.Family> families = new ArrayList<>();
    final List<AccountPlan> accounts = new ArrayList<>();
    String model, userAgent, system;
    Network.Isp host;
    Network.Router router;
    double temperature;
    int maxTokens;
    Long paramSeed;
    double weight;
    /** Share of requests that are plain, unscaffolded prompts (cover traffic); 0 in classic scenarios. */
    double benignMix;

    boolean has(String tactic) { return tactics.contains(tactic); }
}
