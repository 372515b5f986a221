package io.alembic.detect;

import io.alembic.detect.profile.AccountProfile;
import io.alembic.detect.profile.ProfileBuilder;
import io.alembic.detect.profile.Summarizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Hand-built request fixtures: a builder with plain defaults, one knob per behaviour under test. Public so the
 * profile, cluster and parts tests can use it too. Every string here is invented for these tests.
 */
public final class Fx {
    public static final long T0 = 1_767_225_600_000L; // 2026-01-01T00:00:00Z, a Thursday
    public static final long MIN = 60_000L, HOUR = 3_600_000L, DAY = 86_400_000L;
    /** 2026-01-05, the first Monday of the log. */
    public static final long MONDAY = T0 + 4 * DAY;

    public String account = "acct_a", key = "key_1", ip = "198.18.0.1", router = null, ua = "libfetch/3.1", prompt = "hello",
            system = "", effort = null, error = null, model = "m", params = "temperature=0.2;", country = "SG";
    /** The conversation's first and latest user messages; null means the prompt itself (a single-turn request). */
    public String firstUser, lastUser;
    public long asn = 64900;
    public int status = 200, messages = 1, assistantTurns = 0;
    /** Length of the earlier answer a follow-up carries, and of the answer it drew (0: unknown). */
    public int priorAnswer = 0, answer = 0;
    public boolean reasoning;
    public long in = 100, out = 200, reasoningTokens = 0;
    public List<String> forwarded = List.of();
    private final List<RequestFacts> sink;

    public Fx(List<RequestFacts> sink) { this.sink = sink; }

    public Fx(List<RequestFacts> sink, String account) {
        this(sink);
        this.account = account;
    }

    public static List<RequestFacts> list() { return new ArrayList<>(); }

    /** Adds one request at ts with the current settings; ids are unique within the sink. */
    public RequestFacts at(long ts) {
        RequestFacts r = RequestFacts.builder(account + "_r" + sink.size(), account, ts).key(key).status(status).error(error)
                .model(model).endpoint("/v1/chat/completions").ip(ip).asn(asn).asOrg("AS").country(country).userAgent(ua)
                .router(router).forwardedFor(forwarded).temperature(0.2).effort(effort).maxTokens(4096).prompt(prompt)
                .system(system).reasoning(reasoning).tokens(in, out, reasoningTokens).messages(messages, assistantTurns)
                .params(params).firstUser(firstUser).lastUser(lastUser).answers(priorAnswer, answer).build();
        sink.add(r);
        return r;
    }

    public static Rule rule(String id) { return RuleSet.builtin().of(id); }

    public static DetectionReport run(List<RequestFacts> requests, AccountFacts... registry) {
        return new DetectionEngine(RuleSet.builtin()).run(requests, List.of(registry));
    }

    public static DetectionReport run(List<RequestFacts> requests, List<AccountFacts> registry) {
        return new DetectionEngine(RuleSet.builtin()).run(requests, registry);
    }

    /** Sealed profiles of every account in the requests, by account id. */
    public static Map<String, AccountProfile> profiles(List<RequestFacts> requests) {
        ProfileBuilder b = new DetectionEngine(RuleSet.builtin()).newBuilder();
        requests.forEach(b::accept);
        Map<String, AccountProfile> out = new TreeMap<>();
        for (AccountProfile p : b.finish()) out.put(p.accountId(), p);
        return out;
    }

    /** The profile of the only (or named) account. */
    public static AccountProfile profile(List<RequestFacts> requests, String account) {
        AccountProfile p = profiles(requests).get(account);
        if (p == null) throw new IllegalArgumentException("no requests for " + account);
        return p;
    }

    /** Runs one detector with the shipped rules over one account of the requests. */
    public static Signal inspect(Detector d, List<RequestFacts> requests, String account) {
        return inspect(d, rule(d.id()), requests, account);
    }

    public static Signal inspect(Detector d, Rule r, List<RequestFacts> requests, String account) {
        long lo = requests.stream().mapToLong(RequestFacts::tsMs).min().orElse(0);
        long hi = requests.stream().mapToLong(RequestFacts::tsMs).max().orElse(0);
        return d.inspect(profile(requests, account), r, new LogContext(lo, hi, 1, requests.size()));
    }

    /** The per-account stage over every account: summaries sorted by account id, as the engine makes them. */
    public static List<AccountSummary> summaries(List<RequestFacts> requests) {
        long lo = requests.stream().mapToLong(RequestFacts::tsMs).min().orElse(0);
        long hi = requests.stream().mapToLong(RequestFacts::tsMs).max().orElse(0);
        Map<String, AccountProfile> profiles = profiles(requests);
        LogContext log = new LogContext(lo, hi, profiles.size(), requests.size());
        Summarizer s = new Summarizer(RuleSet.builtin());
        List<AccountSummary> out = new ArrayList<>();
        for (AccountProfile p : profiles.values()) out.add(s.summarize(p, log));
        return out;
    }

    public static List<Finding> findings(DetectionReport r, String account, String detector) {
        return r.accounts().stream().filter(a -> a.accountId().equals(account)).flatMap(a -> a.findings().stream())
                .filter(f -> f.detector().equals(detector)).toList();
    }

    public static AccountResult result(DetectionReport r, String account) {
        return r.accounts().stream().filter(a -> a.accountId().equals(account)).findFirst().orElseThrow();
    }

    /** A scheduler: n requests evenly spaced (±20% jitter) from start, day and night. */
    public static void scripted(Fx f, int n, long start, long gapMs, java.util.function.IntFunction<String> prompt) {
        java.util.SplittableRandom r = new java.util.SplittableRandom(7);
        for (int i = 0; i < n; i++) {
            f.prompt = prompt.apply(i);
            f.at(start + i * gapMs + (long) (gapMs * 0.4 * (r.nextDouble() - 0.5)));
        }
    }

    /** A person: requests at random moments of local daytime (09-22 UTC) on random days of a month. */
    public static void human(Fx f, int n, long seed, java.util.function.IntFunction<String> prompt) {
        java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
        for (int i = 0; i < n; i++) {
            f.prompt = prompt.apply(i);
            f.at(T0 + r.nextInt(30) * DAY + 9 * HOUR + r.nextLong(13 * HOUR));
        }
    }

    /** Whether epoch day d is a UTC Saturday or Sunday. */
    public static boolean weekend(long epochDay) { return Math.floorMod(epochDay + 3, 7) >= 5; }

    static final String[] WORDS = {"quartz", "lantern", "orchard", "glacier", "saddle", "copper", "thimble", "harpoon",
            "meadowlark", "tundra", "walnut", "beacon", "cobalt", "juniper", "ferry", "granite", "mosaic", "pylon", "sorrel",
            "wicket"};

    /** Distinct filler content: fourteen words picked by i, so every prompt differs. */
    public static String content(int i) {
        StringBuilder sb = new StringBuilder();
        java.util.SplittableRandom r = new java.util.SplittableRandom(i * 31L + 5);
        for (int k = 0; k < 14; k++) sb.append(WORDS[r.nextInt(WORDS.length)]).append(k % 5 == 4 ? ". " : " ");
        return sb.append("item ").append(i).append('?').toString();
    }

    /**
     * Things people type into a chat box: varied length, wording, punctuation and language, no shared frame. Written
     * for these tests.
     */
    public static final String[] CHAT = {
            "my sourdough starter smells like nail polish remover, did I kill it",
            "Rewrite this so it sounds less passive aggressive: per my last email the invoice is still open",
            "whats the difference between a lease and a licence for a garden allotment in the UK?",
            "Can octopuses recognise individual humans or is that a myth",
            "help me name a three legged rescue cat, she is grey and very dramatic",
            "Explain like I'm twelve why the sky goes orange at sunset",
            "draft a polite note to my neighbour about their wind chimes at 3am",
            "Is it safe to put a cast iron pan in the dishwasher just once?",
            "Translate 'the meeting moved to Thursday afternoon' into Portuguese, informal please",
            "which is heavier per litre, olive oil or sunflower oil",
            "I keep getting a merge conflict in package-lock after every rebase, how do people deal with this",
            "suggest a 20 minute bodyweight workout I can do in a hotel room without waking anyone",
            "What did Roman soldiers actually eat on a long march?",
            "my toddler only eats beige food. ideas that are beige but have vegetables hidden in them?",
            "Summarise the plot of a heist film where the vault is empty, I'm writing a parody",
            "how do I tell my manager I need to leave at 4 on Tuesdays for physio",
            "is 38.2 a fever for an adult or just warm",
            "Give me five board games for two players that take under half an hour",
            "why does my bike chain keep slipping on the smallest cog",
            "Write a haiku about a printer that only jams on deadlines",
            "Que diferencia hay entre ser y estar, con ejemplos faciles",
            "Wie lange muss man Eier kochen damit das Eigelb noch weich ist",
            "how many tiles do I need for a 2.4 by 1.8 metre bathroom floor with 30cm tiles",
            "compare renting vs buying an e-bike for a 9 km commute",
            "Is there a word for the smell after rain? Not petrichor, the other one",
            "plan a rainy Sunday in Ghent with a six year old who loves trains",
            "My spreadsheet VLOOKUP returns N/A even though the value is clearly there",
            "What should I ask at a second interview for a junior accountant role",
            "turn these notes into a short toast for my sister's 40th: hiking, terrible puns, lasagne",
            "do houseplants actually clean indoor air or was that NASA study overblown",
            "Rank the Alien films, be honest",
            "Why do onions make you cry but spring onions don't",
            "explain compound interest with an example using 1000 euros over 5 years",
            "my landlord wants to inspect with 12 hours notice, is that allowed in Ontario",
            "Write a limerick about a goose who steals sandwiches at the lake",
            "how to get candle wax out of a wool rug without ruining it",
            "what's a gentle way to say no to being a bridesmaid",
            "can you check my cover letter opening line: I have always been passionate about logistics",
            "how do tides work if the moon is only on one side of the earth",
            "estimate how long it takes to drive from Lyon to Turin with a stop for lunch",
    };
}
