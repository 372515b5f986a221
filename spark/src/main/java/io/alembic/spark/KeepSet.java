package io.alembic.spark;

import io.alembic.detect.AccountResult;
import io.alembic.detect.DetectionReport;
import io.alembic.detect.cluster.Cluster;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which accounts a reduced bundle keeps: every flagged account, a deterministic sample of the others as benign
 * context (by a hash of the account id, so the same accounts every run), and then every member of a cluster any of
 * those belongs to (whole clusters: an account's campaign score needs its cluster, so the laptop's replay of the
 * scores needs all of it).
 */
record KeepSet(Set<String> accounts, Set<String> flagged, Set<String> sampled, Set<String> viaClusters) {
    static KeepSet select(DetectionReport full, double benignSample) {
        TreeSet<String> flagged = new TreeSet<>(), sampled = new TreeSet<>(), keep = new TreeSet<>();
        for (AccountResult a : full.accounts()) {
            if (a.flagged()) flagged.add(a.accountId());
            else if (fraction(a.accountId()) < benignSample) sampled.add(a.accountId());
        }
        keep.addAll(flagged);
        keep.addAll(sampled);
        TreeSet<String> via = new TreeSet<>();
        for (Cluster c : full.clusters()) {
            if (c.accounts().stream().noneMatch(keep::contains)) continue;
            for (String a : c.accounts()) if (!keep.contains(a)) via.add(a);
        }
        keep.addAll(via);
        return new KeepSet(keep, flagged, sampled, via);
    }

    /** A stable uniform number in [0, 1) per account id: the first 53 bits of SHA-256("alembic-benign-sample\0" + id). */
    static double fraction(String accountId) {
        return (top64("alembic-benign-sample\0" + accountId) >>> 11) / (double) (1L << 53);
    }

    /** The bucket (records part) an account's lines go to, among n. */
    static int bucket(String accountId, int n) {
        return (int) Long.remainderUnsigned(top64("alembic-part\0" + accountId), n);
    }

    private static long top64(String s) {
        return ByteBuffer.wrap(io.alembic.bundle.Sha256.newDigest().digest(s.getBytes(StandardCharsets.UTF_8))).getLong();
    }

    /** The full run's report cut down to the kept accounts and the clusters they form. */
    DetectionReport restrict(DetectionReport full) {
        List<AccountResult> accounts = new ArrayList<>();
        for (AccountResult a : full.accounts()) if (this.accounts.contains(a.accountId())) accounts.add(a);
        List<Cluster> clusters = new ArrayList<>();
        for (Cluster c : full.clusters()) if (c.accounts().stream().anyMatch(this.accounts::contains)) clusters.add(c);
        return new DetectionReport(full.rulesVersion(), full.requests(), accounts, clusters);
    }
}
