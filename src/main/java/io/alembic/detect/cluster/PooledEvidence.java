package io.alembic.detect.cluster;

import io.alembic.detect.AccountSummary;
import io.alembic.detect.Rule;
import io.alembic.detect.RuleSet;
import io.alembic.detect.Times;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * A fleet of small accounts, each under every detector's minimum, still sends thousands of requests: this applies the
 * per-account rules (same rule files, same thresholds) to the members' requests pooled, so a campaign split into
 * accounts of a dozen requests shows the reasoning demand, the walk through distinct tasks and the scripted client
 * that each account alone is too small to show. Prompt overlap between members comes from their bottom-k sketches.
 */
final class PooledEvidence {
    /**
     * @param signs the extraction rules the pool passed (reasoning, coverage)
     * @param distinctTasks the pooled requests are enough distinct single-turn tasks, none repeated within or across
     *                      members (coverage's conditions, whatever the answers' length)
     */
    record Result(double extraction, double machine, String explanation, java.util.Set<String> signs, boolean distinctTasks) {}

    private final RuleSet rules;

    PooledEvidence(RuleSet rules) { this.rules = rules; }

    Result of(List<AccountSummary> members) {
        long n = 0;
        double reasoning = 0, repeats = 0, multi = 0, tiny = 0, programmatic = 0, setupShare = 0;
        long in = 0, generated = 0;
        for (AccountSummary s : members) {
            AccountSummary.Traits t = s.traits();
            n += s.requests();
            reasoning += t.reasoning() * s.requests();
            repeats += t.repeats() * s.requests();
            multi += t.multiTurn() * s.requests();
            tiny += t.shortPrompts() * s.requests();
            programmatic += t.programmatic() * s.requests();
            in += t.inputTokens();
            generated += t.generatedTokens();
            setupShare += t.topSetupsShare() * s.requests();
        }
        if (n == 0) return new Result(0, 0, "no requests", java.util.Set.of(), false);
        java.util.Set<String> signs = new TreeSet<>();
        double crossRepeat = crossRepeatShare(members);
        StringBuilder why = new StringBuilder(String.format(Locale.ROOT, "pooled over %d members' %d requests:", members.size(), n));
        double keepExtraction = 1, machine = 0;

        Rule r = rules.of("reasoning");
        double share = reasoning / n;
        if (n >= r.num("min_requests") && share >= r.num("min_share")) {
            double s = r.weight() * (0.5 + 0.5 * (share - r.num("min_share")) / Math.max(1e-9, 1 - r.num("min_share")));
            keepExtraction *= 1 - s;
            signs.add("reasoning");
            why.append(String.format(Locale.ROOT, " reasoning asked for or returned on %s (threshold %s);", Times.pct(share),
                    Times.pct(r.num("min_share"))));
        }
        Rule c = rules.of("coverage");
        double repeat = Math.min(1, repeats / n + crossRepeat);
        double ratio = in == 0 ? Double.NaN : generated / (double) in;
        boolean distinctTasks = n >= c.num("min_requests") && repeat <= c.num("max_repeat_share")
                && multi / n <= c.num("max_multi_turn_share") && tiny / n <= c.num("max_short_share");
        double distinct = n * (1 - repeat);
        if (distinctTasks && ratio < c.num("min_output_ratio")) {
            // said even though coverage does not count it: the campaign verdict may rest on the walk (see CampaignStage)
            why.append(String.format(Locale.ROOT, " about %.0f distinct single-turn task prompts, repeats within and across "
                    + "members %s (at most %s), but answers shorter than the prompts (%.2f output tokens per input token; "
                    + "coverage counts from %.2f);", distinct, Times.pct(repeat), Times.pct(c.num("max_repeat_share")), ratio,
                    c.num("min_output_ratio")));
        } else if (distinctTasks) {
            double s = c.weight() * Math.min(1, Math.log(Math.max(2, distinct)) / Math.log(c.num("full_coverage_items")));
            keepExtraction *= 1 - s;
            signs.add("coverage");
            why.append(String.format(Locale.ROOT, " about %.0f distinct single-turn task prompts, repeats within and across "
                    + "members %s (at most %s);", distinct, Times.pct(repeat), Times.pct(c.num("max_repeat_share"))));
        }
        Rule a = rules.of("automation");
        double library = programmatic / n, uniform = setupShare / n; // each member keeps to its few setups
        // pooled persistence stands in only for members too short-lived to show it themselves (a fleet of accounts used a
        // day or two each); colleagues who each work a few days are judged on their own
        Rule auto = rules.of("automation");
        List<AccountSummary> brief = members.stream().filter(m -> weekdays(List.of(m))[1] < auto.num("min_span_weekdays")).toList();
        int[] wd = brief.size() * 2 >= members.size() ? weekdays(members) : new int[]{0, 0};
        if (n >= a.num("min_requests") && library >= a.num("min_client_library_share") && uniform >= a.num("min_uniform_setup_share")
                && wd[1] >= a.num("min_span_weekdays") && wd[0] >= a.num("min_active_weekday_share") * wd[1]) {
            machine = a.weight();
            why.append(String.format(Locale.ROOT, " %s from HTTP client libraries keeping to a few model and parameter sets on %s, "
                    + "some member active on %d of %d weekdays;", Times.pct(library), Times.pct(uniform), wd[0], wd[1]));
        }
        double extraction = 1 - keepExtraction;
        if (extraction == 0 && machine == 0 && !distinctTasks) why.append(" nothing beyond what the members show alone;");
        return new Result(extraction, machine, why.substring(0, why.length() - 1) + ".", signs, distinctTasks);
    }

    /** {weekdays on which some member was active, weekdays from the first member's start to the last one's end}. */
    static int[] weekdays(List<AccountSummary> members) {
        long d0 = Long.MAX_VALUE, d1 = Long.MIN_VALUE;
        for (AccountSummary s : members) {
            if (s.requests() == 0) continue;
            d0 = Math.min(d0, Math.floorDiv(s.first(), 86_400_000L));
            d1 = Math.max(d1, Math.floorDiv(s.last(), 86_400_000L));
        }
        if (d0 > d1) return new int[]{0, 0};
        TreeSet<Long> active = new TreeSet<>();
        for (AccountSummary s : members) {
            long first = Math.floorDiv(s.first(), 86_400_000L);
            long[] bits = s.activeDays();
            for (int w = 0; w < bits.length; w++) {
                for (long b = bits[w]; b != 0; b &= b - 1) active.add(first + w * 64L + Long.numberOfTrailingZeros(b));
            }
        }
        int span = 0, on = 0;
        for (long d = d0; d <= d1; d++) {
            if (Math.floorMod(d + 3, 7) >= 5) continue;
            span++;
            if (active.contains(d)) on++;
        }
        return new int[]{on, span};
    }

    /**
     * Share of pooled prompts another member also sent, estimated from bottom-k sketches: hashes below the smallest
     * sketch's k-th value are complete in every sketch, so counts there are exact up to that threshold.
     */
    static double crossRepeatShare(List<AccountSummary> members) {
        int k = 0;
        for (AccountSummary s : members) k = Math.max(k, s.items().length);
        if (k == 0) return 0;
        long threshold = Long.MAX_VALUE; // sketches shorter than k hold all of their account's prompts
        for (AccountSummary s : members) if (s.items().length == k) threshold = Math.min(threshold, s.items()[k - 1]);
        Map<Long, Integer> seen = new HashMap<>();
        long total = 0;
        for (AccountSummary s : members) {
            for (long h : s.items()) {
                if (h > threshold) break;
                seen.merge(h, 1, Integer::sum);
                total++;
            }
        }
        if (total == 0) return 0;
        long dup = 0;
        for (int c : seen.values()) dup += c - 1;
        return dup / (double) total;
    }
}
