package io.alembic.detect;

import java.util.ArrayList;
import java.util.List;

/** Hand-built request fixtures: a builder with plain defaults, one knob per behaviour under test. */
final class Fx {
    static final long T0 = 1_767_225_600_000L; // 2026-01-01T00:00:00Z
    static final long MIN = 60_000L, HOUR = 3_600_000L, DAY = 86_400_000L;

    String account = "acct_a", key = "key_1", ip = "198.18.0.1", router = null, ua = "python-httpx/0.27.0", prompt = "hello",
            system = "", effort = null, error = null;
    long asn = 64900;
    int status = 200;
    Double temperature = 0.0;
    List<String> forwarded = List.of();
    private final List<RequestFacts> out;
    private int seq;

    Fx(List<RequestFacts> out) { this.out = out; }

    static List<RequestFacts> list() { return new ArrayList<>(); }

    void at(long ts) {
        out.add(new RequestFacts(account + "_r" + (seq++), account, key, ts, status, error, "m", "/v1/chat/completions", ip, asn,
                "AS", "SG", ua, router, forwarded, temperature, effort, 4096, prompt, system, effort != null, 100, 200, 0));
    }

    static DetectionReport run(List<RequestFacts> requests, AccountFacts... registry) {
        return new DetectionEngine(RuleSet.builtin()).run(requests, List.of(registry));
    }

    static List<Finding> findings(DetectionReport r, String account, String detector) {
        return r.accounts().stream().filter(a -> a.accountId().equals(account)).flatMap(a -> a.findings().stream())
                .filter(f -> f.detector().equals(detector)).toList();
    }

    /** A scheduler: n requests evenly spaced (±20% jitter) from T0, day and night. */
    static void scripted(Fx f, int n, long gapMs, java.util.function.IntFunction<String> prompt) {
        java.util.SplittableRandom r = new java.util.SplittableRandom(7);
        for (int i = 0; i < n; i++) {
            f.prompt = prompt.apply(i);
            f.at(T0 + i * gapMs + (long) (gapMs * 0.4 * (r.nextDouble() - 0.5)));
        }
    }

    /** A person: requests at random moments of local daytime (09-22 UTC) on most days. */
    static void human(Fx f, int n, java.util.function.IntFunction<String> prompt) {
        java.util.SplittableRandom r = new java.util.SplittableRandom(11);
        for (int i = 0; i < n; i++) {
            f.prompt = prompt.apply(i);
            f.at(T0 + r.nextInt(30) * DAY + 9 * HOUR + r.nextLong(13 * HOUR));
        }
    }

    static final String[] WORDS = {"river", "budget", "garden", "lamp", "orbit", "coffee", "ticket", "violin", "harbor",
            "pepper", "window", "castle", "meadow", "rocket", "silver", "marble", "tunnel", "summer", "anchor", "pillow"};

    /** Distinct filler content: a sentence of words picked by i, so every prompt differs. */
    static String content(int i) {
        StringBuilder sb = new StringBuilder();
        java.util.SplittableRandom r = new java.util.SplittableRandom(i * 31L + 5);
        for (int k = 0; k < 14; k++) sb.append(WORDS[r.nextInt(WORDS.length)]).append(k % 5 == 4 ? ". " : " ");
        return sb.append("number ").append(i).append('?').toString();
    }
}
