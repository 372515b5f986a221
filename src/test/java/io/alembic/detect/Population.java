package io.alembic.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static io.alembic.detect.Fx.DAY;
import static io.alembic.detect.Fx.HOUR;
import static io.alembic.detect.Fx.MIN;
import static io.alembic.detect.Fx.T0;

/**
 * A log of ordinary customers to hide things in, plus the planted groups the cross-account tests look for. The log
 * runs thirty days from {@link Fx#T0}. Everything here is invented: how people, apps and scripts behave, not what any
 * generator writes.
 */
public final class Population {
    public static final String[] WEBMAIL = {"postbox.example", "inboxly.example", "mailcrate.example"};
    static final String[] BROWSERS = {
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
            "Mozilla/5.0 (X11; FreeBSD amd64; rv:128.0) Gecko/20100101 Firefox/128.0",
            "Quillnote/5.2.1 (iPhone; iOS 17.4; Scale/3.00)",
            "Ferrybook/2.0 (Linux; Android 14; Pixel 8)",
    };
    static final String[] CHAT_SETUPS = {"temperature=1;", "temperature=0.7;", "max_tokens=1024;temperature=0.7;"};

    public final List<RequestFacts> requests = Fx.list();
    public final List<AccountFacts> registry = new ArrayList<>();
    /** Fleet knobs: members ask for reasoning; members share one parameter set (else each has its own). */
    public boolean fleetReasoning = true, fleetOneSetup = true;
    /** Fleet members each send their own distinct prompts (false: every member sends the same few). */
    public boolean fleetDistinctPrompts = true;
    /** Output tokens of each fleet answer (prompts are 100 tokens). */
    public long fleetAnswerTokens = 200;

    /**
     * People: two to eleven requests each at daytime on random days of the log, from a home address on one of twenty
     * consumer networks, in a browser or a phone app; mostly webmail, registered at any time over the last four months.
     */
    public Population people(int count, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        for (int p = 0; p < count; p++) {
            String id = String.format("user_%05d", p);
            Fx f = new Fx(requests, id);
            f.ua = BROWSERS[r.nextInt(BROWSERS.length)];
            f.ip = "81." + (p >> 16 & 255) + "." + (p >> 8 & 255) + "." + (p & 255);
            f.asn = 64_600 + r.nextInt(20);
            f.key = "key_" + id;
            f.model = r.nextInt(4) == 0 ? "m-large" : "m-chat";
            f.params = CHAT_SETUPS[r.nextInt(CHAT_SETUPS.length)];
            f.effort = r.nextInt(5) == 0 ? "medium" : null;
            int n = 2 + r.nextInt(10);
            for (int i = 0; i < n; i++) {
                f.prompt = Fx.CHAT[r.nextInt(Fx.CHAT.length)];
                f.at(T0 + r.nextInt(30) * DAY + 8 * HOUR + r.nextLong(15 * HOUR));
            }
            String domain = r.nextInt(10) < 7 ? WEBMAIL[r.nextInt(WEBMAIL.length)] : "home-" + p + ".example";
            registry.add(new AccountFacts(id, T0 - 120 * DAY + r.nextLong(140 * DAY), domain,
                    r.nextInt(10) < 6 ? "pm_" + Long.toHexString(r.nextLong()) : null, "active"));
        }
        return this;
    }

    /**
     * A fleet of small accounts run by one operator: registered one after another within about an hour and a half
     * early on 3 January, each sending `perAccount` high-effort requests with distinct task prompts from a cloud
     * address, all with one client library and parameter set, on two or three random weekdays of 5-23 January at any
     * hour. Each alone stays under every detector's minimum.
     */
    public List<String> tinyFleet(String prefix, int size, int perAccount, String ua, long asn, long seed) {
        return tinyFleet(prefix, size, perAccount, ua, asn, seed, a -> "198.19." + (a >> 8 & 255) + "." + (a & 255));
    }

    /** As above, member a sending from address ip(a). */
    public List<String> tinyFleet(String prefix, int size, int perAccount, String ua, long asn, long seed,
                                  java.util.function.IntFunction<String> ip) {
        SplittableRandom r = new SplittableRandom(seed);
        List<String> ids = new ArrayList<>();
        long registered = T0 + 2 * DAY + 2 * HOUR + 10 * MIN;
        for (int a = 0; a < size; a++) {
            String id = prefix + String.format("%03d", a);
            ids.add(id);
            Fx f = new Fx(requests, id);
            f.ua = ua;
            f.asn = asn;
            f.ip = ip.apply(a);
            f.key = "key_" + id;
            f.model = "m-large";
            f.params = fleetOneSetup ? "max_tokens=8192;reasoning_effort=high;temperature=0.6;" : "max_tokens=" + (1000 + a) + ";";
            f.effort = fleetReasoning ? "high" : null;
            f.out = fleetAnswerTokens;
            f.reasoningTokens = fleetReasoning ? 1200 + r.nextInt(800) : 0;
            long[] days = new long[2 + r.nextInt(2)];
            for (int k = 0; k < days.length; k++) {
                long d;
                do d = Fx.MONDAY / DAY + r.nextInt(19); while (Fx.weekend(d));
                days[k] = d;
            }
            for (int i = 0; i < perAccount; i++) {
                f.prompt = Fx.content(fleetDistinctPrompts ? 100_000 * (int) (seed % 1000) + 1000 * a + i : i);
                f.at(days[i % days.length] * DAY + r.nextLong(24 * HOUR));
            }
            registry.add(new AccountFacts(id, registered + a * 2 * MIN + r.nextLong(MIN), WEBMAIL[a % WEBMAIL.length],
                    "pm_prepaid_" + prefix + a, "active"));
        }
        return ids;
    }

    /** An account edge to edge of the log window, so calendar tests have fixed edges: a quiet monitor. */
    public Population edges() {
        Fx f = new Fx(requests, "zz_edges");
        f.at(T0);
        f.at(T0 + 30 * DAY - 1);
        return this;
    }

    public DetectionReport run() { return Fx.run(requests, registry); }
}
