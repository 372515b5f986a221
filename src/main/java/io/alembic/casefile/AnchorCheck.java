package io.alembic.casefile;

import io.alembic.store.AuditAnchorStore;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Holds the audit log against the heads the case database recorded, and against a head the auditor noted elsewhere.
 * Every head the database recorded must be in the log with the same hash, and every entry written as anchored must
 * have its head recorded; so cutting or rewriting the tail of either one shows. Rewriting both consistently is what
 * {@code --expect-head} is for.
 */
final class AnchorCheck {
    private static final String DB_NAME = "case.db audit_anchors";

    private AnchorCheck() { }

    static void check(AuditChain.Result chain, List<AuditAnchorStore.Anchor> anchors, List<IntegrityProblem> problems,
                      List<IntegrityWarning> warnings) {
        Map<Long, AuditEntry> bySeq = new HashMap<>();
        for (AuditEntry e : chain.entries()) bySeq.putIfAbsent(e.seq(), e);
        long anchoredEntries = chain.entries().stream().filter(AuditEntry::anchored).count();
        if (anchors.isEmpty()) {
            if (anchoredEntries > 0) {
                problems.add(new IntegrityProblem("audit_anchors_missing", DB_NAME,
                        anchoredEntries + " recorded heads (the log has " + anchoredEntries + " anchored entries)", "none"));
            } else {
                warnings.add(new IntegrityWarning("not_anchored", AuditChain.LOG_NAME,
                        "made before audit heads were recorded in the case database: a cut-off tail of the log cannot be "
                                + "detected until the case next changes; check a head noted elsewhere with --expect-head"));
            }
            return;
        }
        Set<String> recorded = new HashSet<>();
        Set<Long> reported = new HashSet<>();
        long lastSeq = chain.lastSeq();
        AuditAnchorStore.Anchor newestCut = null;
        for (AuditAnchorStore.Anchor a : anchors) {
            recorded.add(a.seq() + ":" + a.hash());
            AuditEntry e = bySeq.get(a.seq());
            if (e == null && a.seq() > lastSeq) {
                if (newestCut == null || a.seq() > newestCut.seq()) newestCut = a;
            } else if (e == null) {
                problems.add(new IntegrityProblem("audit_entry_missing", AuditChain.LOG_NAME + " seq " + a.seq(),
                        "hash " + a.hash() + " (recorded in case.db at " + a.at() + ")", "no entry with that seq"));
                reported.add(a.seq());
            } else if (!e.hash().equals(a.hash())) {
                problems.add(new IntegrityProblem("audit_head_mismatch", AuditChain.where(e.line(), e.seq()) + " (" + e.action() + ")",
                        "hash " + a.hash() + " (recorded in case.db at " + a.at() + ")", "hash " + e.hash()));
                reported.add(a.seq());
            }
        }
        if (newestCut != null) {
            problems.add(new IntegrityProblem("audit_log_truncated", AuditChain.LOG_NAME + " after seq " + lastSeq,
                    "entries up to seq " + newestCut.seq() + " (head " + newestCut.seq() + ":" + newestCut.hash() + " recorded in case.db)",
                    lastSeq == 0 ? "an empty log" : "the log ends at seq " + lastSeq));
        }
        for (AuditEntry e : chain.entries()) {
            if (e.anchored() && !recorded.contains(e.seq() + ":" + e.hash()) && !reported.contains(e.seq())) {
                problems.add(new IntegrityProblem("audit_head_unrecorded", AuditChain.where(e.line(), e.seq()) + " (" + e.action() + ")",
                        "head " + e.seq() + ":" + e.hash() + " recorded in " + DB_NAME, "not recorded"));
            }
        }
    }

    /** A head noted outside the case must still be in the log, with the same hash. */
    static void expect(AuditChain.Result chain, AuditHead expected, List<IntegrityProblem> problems) {
        AuditEntry e = chain.entries().stream().filter(x -> x.seq() == expected.seq()).findFirst().orElse(null);
        if (e != null && expected.matches(e.seq(), e.hash())) return;
        problems.add(new IntegrityProblem("expected_head_mismatch", AuditChain.LOG_NAME + " seq " + expected.seq(),
                "hash " + expected.hash() + " (--expect-head)",
                e == null ? "no entry with that seq (the log ends at seq " + chain.lastSeq() + ")" : "hash " + e.hash()));
    }
}
