package io.alembic.ui;

import io.alembic.detect.AccountResult;
import io.alembic.detect.DetectionReport;
import io.alembic.detect.Finding;
import io.alembic.detect.cluster.Cluster;
import io.alembic.detect.cluster.Link;
import io.alembic.detect.cluster.LinkStage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Detection reports built by hand for the graph tests: exact clusters, links and reasons, any size, no import. */
final class SyntheticReports {
    private SyntheticReports() { }

    /** A fleet k2 (flagged), a near miss k3, a weak pair k1, and two accounts in no cluster. */
    static DetectionReport small() {
        Builder b = new Builder();
        b.cluster("k1", 0.45, false, 2, List.of("ip", "payment"));
        b.cluster("k2", 0.93, true, 6, List.of("created", "coactivity", "setup", "fleet_group"));
        b.cluster("k3", 0.62, false, 3, List.of("email_domain", "template", "ip"));
        b.loner("acct_solo1", 0.2);
        b.loner("acct_solo2", 0.1);
        return b.build();
    }

    /** {@code n} small clusters, so the grid must scroll to show the last ones. */
    static DetectionReport many(int n) {
        Builder b = new Builder();
        for (int i = 1; i <= n; i++) b.cluster("k" + i, 0.3 + 0.6 * i / n, i % 7 == 0, 2 + i % 3, List.of("ip", "created"));
        b.loner("acct_solo1", 0.2);
        return b.build();
    }

    /** One cluster linked by every kind the engine makes, plus a kind only an older engine made. */
    static DetectionReport everyKind() {
        Builder b = new Builder();
        List<String> kinds = new ArrayList<>(LinkStage.KINDS);
        kinds.add("synchronised");
        b.cluster("k1", 0.88, true, 5, kinds);
        b.cluster("k2", 0.40, false, 2, List.of("payment"));
        return b.build();
    }

    /** A generated fleet of {@code size} accounts in one cluster, beside two small clusters. */
    static DetectionReport fleet(int size) {
        Builder b = new Builder();
        b.cluster("k1", 0.55, false, 2, List.of("ip"));
        List<String> members = b.members("k2", size, 0.75);
        List<Link> links = new ArrayList<>();
        links.add(new Link("created", size + " accounts created within 3.0 h", 0.5, members));
        links.add(new Link("fleet_group", size + " accounts have both registration burst and setup s1", 0.7, members));
        links.add(new Link("coactivity", "paused 2026-01-07 02:00 to 05:00", 0.4, members.subList(0, size / 2)));
        for (int i = 0; i + 1 < size; i += 2) links.add(new Link("ip", "10.1." + (i / 250) + "." + (i % 250), 0.8, members.subList(i, i + 2)));
        b.clusters.add(new Cluster("k2", members, links, 0.97, true, reasons("k2", 0.97, true, size)));
        b.cluster("k3", 0.35, false, 3, List.of("email_domain"));
        b.loner("acct_solo1", 0.2);
        return b.build();
    }

    static List<String> reasons(String id, double score, boolean flagged, int m) {
        return List.of(
                String.format(Locale.ROOT, "fleet 0.61: of %d accounts, created ties %d, coactivity ties %d (fleet ties: created, coactivity, forwarded_for, fleet_group) — cluster %s.", m, m, m / 2, id),
                String.format(Locale.ROOT, "extraction 0.50: %d of %d members show extraction evidence of their own (findings among members: reasoning %d, coverage %d); pooled over the members' requests: reasoning asked for or returned on 100%%.", m, m, m, m),
                "automation or concealment 0.63 (members' mean).",
                String.format(Locale.ROOT, "campaign score %.2f %s threshold 0.70.", score, flagged ? "reaches" : "is under"));
    }

    private static final class Builder {
        final List<AccountResult> accounts = new ArrayList<>();
        final List<Cluster> clusters = new ArrayList<>();

        List<String> members(String cluster, int size, double score) {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                String id = String.format(Locale.ROOT, "acct_%s_%04d", cluster, i);
                double s = Math.round((score + 0.2 * ((i * 37) % 100) / 100.0) * 1000) / 1000.0;
                ids.add(id);
                accounts.add(new AccountResult(id, s, s >= 0.7, List.of(
                        new Finding("reasoning", "t", id, 0.3, "asked for reasoning on 100% of requests.", List.of("req_" + id), 12),
                        new Finding("campaign", "t", id, score, "member of campaign " + cluster + " (" + size + " accounts).", List.of("req_" + id), 0)),
                        cluster));
            }
            return ids;
        }

        void cluster(String id, double score, boolean flagged, int size, List<String> kinds) {
            List<String> m = members(id, size, flagged ? 0.6 : 0.3);
            List<Link> links = new ArrayList<>();
            for (int k = 0; k < kinds.size(); k++) {
                List<String> on = k % 2 == 0 ? m : m.subList(0, 2);
                links.add(new Link(kinds.get(k), kinds.get(k) + " value " + k, Math.round((0.9 - 0.05 * k) * 1000) / 1000.0, on));
            }
            clusters.add(new Cluster(id, m, links, score, flagged, reasons(id, score, flagged, size)));
        }

        void loner(String id, double score) { accounts.add(new AccountResult(id, score, false, List.of(), null)); }

        DetectionReport build() {
            accounts.sort(Comparator.comparingDouble(AccountResult::score).reversed().thenComparing(AccountResult::accountId));
            return new DetectionReport("rules-test", 1000, accounts, clusters);
        }
    }
}
