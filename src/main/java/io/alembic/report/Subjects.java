package io.alembic.report;

import io.alembic.casefile.Case;
import io.alembic.casefile.CaseException;
import io.alembic.detect.AccountResult;
import io.alembic.detect.DetectionReport;
import io.alembic.detect.cluster.Cluster;
import io.alembic.store.AccountSummary;
import io.alembic.store.TagAssignment;
import io.alembic.store.TargetKind;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The accounts and clusters an exhibit covers, resolved from its scope against the case: named accounts as given,
 * a tag's accounts (tagged directly, as its timeline counts them) by id, a cluster's members, or the run's flagged
 * accounts by score. A cluster is shown whenever a covered account belongs to one.
 */
record Subjects(List<String> accounts, List<Cluster> clusters) {
    static Subjects resolve(Case c, ExhibitRequest r, Optional<DetectionReport> report, List<AccountSummary> known) throws IOException {
        Set<String> knownIds = new LinkedHashSet<>();
        known.forEach(a -> knownIds.add(a.accountId()));
        List<String> accounts = switch (r.scope()) {
            case ACCOUNTS -> {
                for (String a : r.values()) if (!knownIds.contains(a)) throw new CaseException("no account \"" + a + "\" in this case");
                yield List.copyOf(new LinkedHashSet<>(r.values()));
            }
            case TAG -> {
                List<String> tagged = c.tagAssignments(r.values().get(0), false).stream()
                        .map(TagAssignment::target).filter(t -> t.kind() == TargetKind.ACCOUNT).map(t -> t.id())
                        .distinct().sorted().toList();
                if (tagged.isEmpty()) throw new CaseException("no account carries the tag \"" + r.values().get(0) + "\"");
                yield tagged;
            }
            case CLUSTER -> cluster(need(report, r), r.values().get(0)).accounts().stream().sorted().toList();
            case DETECTION_RUN -> {
                List<String> flagged = need(report, r).flagged().stream().map(AccountResult::accountId).toList();
                if (flagged.isEmpty()) throw new CaseException("the detection run flagged no account: nothing to exhibit");
                yield flagged;
            }
        };
        List<Cluster> clusters = new ArrayList<>();
        if (report.isPresent()) {
            Set<String> ids = new LinkedHashSet<>();
            if (r.scope() == ExhibitScope.CLUSTER) ids.add(r.values().get(0));
            for (AccountResult a : report.get().accounts()) if (a.cluster() != null && accounts.contains(a.accountId())) ids.add(a.cluster());
            for (String id : ids) clusters.add(cluster(report.get(), id));
        }
        return new Subjects(accounts, clusters);
    }

    private static DetectionReport need(Optional<DetectionReport> report, ExhibitRequest r) {
        return report.orElseThrow(() -> new CaseException("an exhibit of a " + r.scope().code() + " needs detection results: run detect first"));
    }

    private static Cluster cluster(DetectionReport report, String id) {
        return report.clusters().stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new CaseException("no cluster \"" + id + "\" in the detection results"));
    }
}
