package io.alembic.detect;

import java.util.ArrayList;
import java.util.List;

/** Hand-built request fixtures: a builder with plain defaults, one knob per behaviour under test. */
final class Fx {
    static final long T0 = 1_767_225_600_000L; // 2026-01-01T00:00:00Z, a Thursday
    static final long MIN = 60_000L, HOUR = 3_600_000L, DAY = 86_400_000L;

    String account = "acct_a", key = "key_1", ip = "198.18.0.1", router = null, ua = "libfetch/3.1", prompt = "hello",
            system = "", effort = null, error = null, model = "m", params = "temperature=0.2;";
    long asn = 64900;
    int status = 200, messages = 1, assistantTurns = 0;
    boolean reasoning;
    long in = 100, out = 200, reasoningTokens = 0;
    List<String> forwarded = List.of();
    private final List<RequestFacts> sink;
    private int seq;

    Fx(List<RequestFacts> sink) { this.sink = sink; }

    static List<RequestFacts> list() { return new ArrayList<>(); }

    void at(long ts) {
        sink.add(RequestFacts.builder(account + "_r" + (seq++), account, ts).key(key).status(status).error(error).model(model)
                .endpoint("/v1/chat/completions").ip(ip).asn(asn).asOrg("AS").country("SG").userAgent(ua).router(router)
                .forwardedFor(forwarded).temperature(0.2).effort(effort).maxTokens(4096).prompt(prompt).system(system)
                .reasoning(reasoning).tokens(in, out, reasoningTokens).messages(messages, assistantTurns).params(params).build());
    }

    static DetectionReport run(List<RequestFacts> requests, AccountFacts... registry) {
        return new DetectionEngine(RuleSet.builtin()).run(requests, List.of(registry));
    }

    static List<Finding> findings(DetectionReport r, String account, String detector) {
        return r.accounts().stream().filter(a -> a.accountId().equals(account)).flatMap(a -> a.findings().stream())
                .filter(f -> f.detector().equals(detector)).toList();
    }

    static AccountResult result(DetectionReport r, String account) {
        return r.accounts().stream().filter(a -> a.accountId().equals(account)).findFirst().orElseThrow();
    }

    /** A scheduler: n requests evenly spaced (±20% jitter) from start, day and night. */
    static void scripted(Fx f, int n, long start, long gapMs, java.util.function.IntFunction<String> prompt) {
        java.util.SplittableRandom r = new java.util.SplittableRandom(7);
        for (int i = 0; i < n; i++) {
            f.prompt = prompt.apply(i);
            f.at(start + i * gapMs + (long) (gapMs * 0.4 * (r.nextDouble() - 0.5)));
        }
    }

    /** A person: requests at random moments of local daytime (09-22 UTC) on random days of a month. */
    static void human(Fx f, int n, long seed, java.util.function.IntFunction<String> prompt) {
        java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
        for (int i = 0; i < n; i++) {
            f.prompt = prompt.apply(i);
            f.at(T0 + r.nextInt(30) * DAY + 9 * HOUR + r.nextLong(13 * HOUR));
        }
    }

    static final String[] WORDS = {"quartz", "lantern", "orchard", "glacier", "saddle", "copper", "thimble", "harpoon",
            "meadowlark", "tundra", "walnut", "beacon", "cobalt", "juniper", "ferry", "granite", "mosaic", "pylon", "sorrel",
            "wicket"};

    /** Distinct filler content: fourteen words picked by i, so every prompt differs. */
    static String content(int i) {
        StringBuilder sb = new StringBuilder();
        java.util.SplittableRandom r = new java.util.SplittableRandom(i * 31L + 5);
        for (int k = 0; k < 14; k++) sb.append(WORDS[r.nextInt(WORDS.length)]).append(k % 5 == 4 ? ". " : " ");
        return sb.append("item ").append(i).append('?').toString();
    }
}
