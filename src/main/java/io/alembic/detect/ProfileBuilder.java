package io.alembic.detect;

import io.alembic.detect.parts.MinHasher;
import io.alembic.detect.parts.PhraseMatcher;
import io.alembic.detect.parts.Shingler;
import io.alembic.detect.parts.Tokenizer;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Folds a stream of requests into per-account profiles in one pass. Prompt text is reduced to phrase hits, a task
 * family and MinHash band keys on arrival and then dropped, which is what lets detection scale to millions of requests.
 */
public final class ProfileBuilder {
    private final Map<String, AccountProfile> profiles = new TreeMap<>();
    private final Shingler shingler;
    private final MinHasher minHasher;
    private final int capacity;
    private final PhraseMatcher cot, answerOnly;
    private final java.util.Set<String> reasoningWords, answerWords, restrictWords;
    private final int reasoningWordsMin;
    private final List<String> clientLibraries, banErrors;
    private final Map<String, List<String>> familyWords = new TreeMap<>();

    public ProfileBuilder(RuleSet rules) {
        Rule p = rules.of("profile");
        shingler = new Shingler(p.integer("shingle_tokens"), p.integer("edge_tokens"));
        minHasher = new MinHasher(p.integer("lsh_bands"), p.integer("lsh_rows"));
        capacity = p.integer("heavy_hitter_capacity");
        clientLibraries = p.strings("client_library_agents");
        Rule h = rules.of("harvest");
        cot = new PhraseMatcher(h.strings("cot_phrases"));
        answerOnly = new PhraseMatcher(h.strings("answer_only_phrases"));
        reasoningWords = new java.util.HashSet<>(h.strings("reasoning_demand_words"));
        reasoningWordsMin = h.integer("reasoning_demand_min_words");
        answerWords = new java.util.HashSet<>(h.strings("answer_words"));
        restrictWords = new java.util.HashSet<>(h.strings("answer_restrict_words"));
        banErrors = rules.of("evasion").strings("ban_error_types");
        Rule s = rules.of("sweep");
        Iterator<Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>> it = s.data().get("families").fields();
        while (it.hasNext()) {
            Map.Entry<String, com.fasterxml.jackson.databind.JsonNode> e = it.next();
            List<String> words = new ArrayList<>();
            e.getValue().forEach(w -> words.add(Tokenizer.normalise(w.asText())));
            familyWords.put(e.getKey(), words);
        }
    }

    public void accept(RequestFacts r) {
        AccountProfile a = profiles.computeIfAbsent(r.accountId(), id -> new AccountProfile(id, minHasher.bands(), capacity));
        boolean ban = r.status() == 403 && r.errorType() != null && banErrors.contains(r.errorType());
        int flags = (r.status() == 429 ? AccountProfile.FLAG_RATE_LIMIT : 0) | (ban ? AccountProfile.FLAG_BAN : 0);
        a.addEvent(r.tsMs(), r.apiKeyId(), flags);
        a.hours.add(r.tsMs());
        a.all.add(r.requestId());
        if (r.status() == 429) a.rateLimited.add(r.requestId());
        if (ban) a.banned.add(r.requestId());
        String ua = r.userAgent() == null ? "" : r.userAgent().toLowerCase(Locale.ROOT);
        for (String lib : clientLibraries) {
            if (ua.contains(lib)) { a.clientLibrary.add(r.requestId()); break; }
        }
        if ("high".equalsIgnoreCase(r.reasoningEffort())) a.effortHigh++;
        if (r.hasReasoning() || r.reasoningTokens() > 0) a.withReasoning++;
        a.params.add(java.util.Objects.hash(r.model(), r.temperature(), r.maxTokens(), r.reasoningEffort()), r.requestId());
        client(a, r);
        content(a, r);
    }

    private void client(AccountProfile a, RequestFacts r) {
        if (r.router() != null) {
            AccountProfile.addCapped(a.routers, r.router());
            // behind a router the address is the router's; only the forwarded chain can name the customer
            if (!r.forwardedFor().isEmpty()) AccountProfile.addCapped(a.forwardedOrigins, r.forwardedFor().get(0));
            return;
        }
        AccountProfile.addCapped(a.directIps, r.ip());
        if (!r.forwardedFor().isEmpty()) AccountProfile.addCapped(a.forwardedOrigins, r.forwardedFor().get(0));
        if (r.asn() != null && r.userAgent() != null) AccountProfile.addCapped(a.asnAgents, r.asn() + " " + r.userAgent());
    }

    private void content(AccountProfile a, RequestFacts r) {
        List<String> tokens = Tokenizer.tokens(r.prompt()); // once: phrase matching and shingling share it
        String norm = " " + String.join(" ", tokens) + " ";
        boolean stock = false;
        if (cot.matches(norm)) { a.cot.add(r.requestId()); stock = true; }
        if (answerOnly.matches(norm)) { a.answerOnly.add(r.requestId()); stock = true; }
        if (stock || demand(tokens)) a.demand.add(r.requestId());
        a.families.computeIfAbsent(family(norm), f -> new Evidence()).add(r.requestId());
        long[] keys = minHasher.bandKeys(minHasher.signature(shingler.shingles(tokens)));
        for (int b = 0; b < keys.length; b++) a.templates[b].add(keys[b], r.requestId());
        a.addBandKeys(keys);
    }

    /**
     * A request for reasoning or for a bare answer in any wording: several distinct reasoning-demand words (stock
     * phrases are easy to paraphrase away, the vocabulary of asking for a derivation is not), or an answer word next
     * to a restriction ("just the result", "answer only").
     */
    private boolean demand(List<String> tokens) {
        java.util.Set<String> seen = null;
        boolean answer = false, restrict = false;
        for (String t : tokens) {
            String stem = t.endsWith("s") && t.length() > 4 ? t.substring(0, t.length() - 1) : t;
            if (reasoningWords.contains(stem)) {
                if (seen == null) seen = new java.util.HashSet<>();
                seen.add(stem);
                if (seen.size() >= reasoningWordsMin) return true;
            }
            answer |= answerWords.contains(stem);
            restrict |= restrictWords.contains(stem);
        }
        return answer && restrict;
    }

    /** The family with the most keyword hits; ties go to the first family in rule order, no hit is "other". */
    private String family(String norm) {
        String best = "other";
        int bestHits = 0;
        for (Map.Entry<String, List<String>> e : familyWords.entrySet()) {
            int hits = 0;
            for (String w : e.getValue()) if (norm.contains(w)) hits++;
            if (hits > bestHits) {
                bestHits = hits;
                best = e.getKey();
            }
        }
        return best;
    }

    /** The finished profiles, sorted by account id. */
    public Map<String, AccountProfile> profiles() {
        profiles.values().forEach(AccountProfile::seal);
        return profiles;
    }
}
