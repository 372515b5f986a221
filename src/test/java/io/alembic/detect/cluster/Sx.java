package io.alembic.detect.cluster;

import io.alembic.detect.AccountFacts;
import io.alembic.detect.AccountSummary;
import io.alembic.detect.Fx;
import io.alembic.detect.RuleSet;
import io.alembic.detect.Rule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Account summaries built by hand, for the cross-account stage on its own. */
final class Sx {
    static final Rule CLUSTER = RuleSet.builtin().of("cluster");

    private Sx() { }

    static AccountSummary.Traits plain(int requests) {
        return new AccountSummary.Traits(0, 0, 0, 0, requests, 0, 1, 0, "m-chat|temperature=1;", 1, 1, 50L * requests, 150L * requests);
    }

    /** A ten-request account active on the first day of the log, sharing the given tokens and calendar items. */
    static AccountSummary of(String id, List<LinkToken> tokens, long... calendar) {
        long[] cal = calendar.clone();
        Arrays.sort(cal);
        return new AccountSummary(id, 10, Fx.T0, Fx.T0 + Fx.HOUR, Long.MAX_VALUE, List.of(), tokens, cal, new long[0],
                new long[24], new int[0], new long[]{1L}, plain(10), null);
    }

    static String id(int i) { return String.format("acct_%05d", i); }

    /** n accounts with no tokens at all, ids acct_00000... */
    static List<AccountSummary> blank(int n) {
        List<AccountSummary> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(of(id(i), List.of()));
        return out;
    }

    static Map<String, AccountFacts> registry(List<AccountFacts> facts) {
        Map<String, AccountFacts> m = new TreeMap<>();
        facts.forEach(f -> m.put(f.accountId(), f));
        return m;
    }

    static LinkGraph graph(List<AccountSummary> summaries, List<AccountFacts> facts) {
        return new LinkStage(CLUSTER).build(summaries, registry(facts));
    }

    static double threshold() { return CLUSTER.num("link_threshold"); }
}
