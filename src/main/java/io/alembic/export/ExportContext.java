package io.alembic.export;

import io.alembic.detect.AccountResult;
import io.alembic.detect.DetectionReport;
import io.alembic.detect.Finding;
import io.alembic.detect.cluster.Cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an export knows about the case besides the records: its reference and provider, and the current detection run
 * (possibly none). The run's finish time is the STIX bundle's clock, so the same case gives the same bundle.
 */
public final class ExportContext {
    private final String caseReference;
    private final String provider;
    private final DetectionReport report;
    private final String detectionFinishedAt;
    private final Map<String, AccountResult> accounts = new HashMap<>();
    private final Map<String, Cluster> clusters = new HashMap<>();
    private final Map<String, List<String>> citedBy = new HashMap<>();

    /**
     * @param report              the current detection report, or null when detection never ran
     * @param detectionFinishedAt when that run finished (ISO-8601), or null
     */
    public ExportContext(String caseReference, String provider, DetectionReport report, String detectionFinishedAt) {
        this.caseReference = caseReference;
        this.provider = provider;
        this.report = report;
        this.detectionFinishedAt = detectionFinishedAt;
        if (report != null) {
            for (AccountResult a : report.accounts()) {
                accounts.put(a.accountId(), a);
                for (Finding f : a.findings()) {
                    for (String id : f.evidenceSample()) citedBy.computeIfAbsent(id, k -> new ArrayList<>(2)).add(f.detector());
                }
            }
            for (Cluster c : report.clusters()) clusters.put(c.id(), c);
        }
    }

    public String caseReference() { return caseReference; }

    public String provider() { return provider; }

    public boolean hasDetections() { return report != null; }

    public String rulesVersion() { return report == null ? null : report.rulesVersion(); }

    public String detectionFinishedAt() { return detectionFinishedAt; }

    /** The account's verdict, or null when detection never ran or did not score it. */
    public AccountResult account(String accountId) { return accountId == null ? null : accounts.get(accountId); }

    /** Detectors whose evidence sample cites this request (empty for most records). */
    public List<String> citedBy(String requestId) { return citedBy.getOrDefault(requestId, List.of()); }

    public Cluster clusterOf(String accountId) {
        AccountResult a = account(accountId);
        return a == null || a.cluster() == null ? null : clusters.get(a.cluster());
    }

    /** The clusters any of these accounts belongs to, by id. */
    public Map<String, Cluster> clustersOf(Iterable<String> accountIds) {
        Map<String, Cluster> out = new TreeMap<>();
        for (String a : accountIds) {
            Cluster c = clusterOf(a);
            if (c != null) out.put(c.id(), c);
        }
        return out;
    }

    /** Every scored account in the run's order (highest score first); empty without a run. */
    public List<AccountResult> ranked() { return report == null ? List.of() : report.accounts(); }

    /** Accounts the run flagged, highest score first. */
    public List<String> flaggedAccounts() {
        return report == null ? List.of() : report.flagged().stream().map(AccountResult::accountId).toList();
    }
}
