package io.alembic.ui;

import io.alembic.casefile.Case;
import io.alembic.casefile.DetectionOrigin;
import io.alembic.detect.AccountResult;
import io.alembic.detect.DetectionReport;
import io.alembic.detect.cluster.Cluster;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.concurrent.Task;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What the Detections and Clusters views share: the report on screen, the selected account, and the background run.
 * The report always belongs to the open case: stored results load when a case opens, and a run that finishes after
 * its case was closed is dropped.
 */
final class DetectionController {
    private final CaseSession session;
    private final Consumer<String> status;
    private final ReadOnlyObjectWrapper<DetectionReport> report = new ReadOnlyObjectWrapper<>();
    /** Where the shown report comes from (this machine, or an upstream job); null when unknown or no report. */
    private final ReadOnlyObjectWrapper<DetectionOrigin> origin = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<DetectionTask> running = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<String> selectedAccount = new SimpleObjectProperty<>();
    private final ObjectProperty<String> selectedCluster = new SimpleObjectProperty<>();
    /** Lookups by id, rebuilt once per report: selection changes must not scan tens of thousands of accounts. */
    private Map<String, AccountResult> accountsById = Map.of();
    private Map<String, Cluster> clustersById = Map.of();
    private final javafx.beans.property.ReadOnlyBooleanWrapper stale = new javafx.beans.property.ReadOnlyBooleanWrapper();
    private long loadSeq;
    private long staleSeq;

    DetectionController(CaseSession session, Consumer<String> status) {
        this.session = session;
        this.status = status;
        session.currentCaseProperty().addListener((o, a, b) -> load());
        session.dataVersionProperty().addListener((o, a, b) -> checkStale());
        report.addListener((o, a, b) -> {
            index(b);
            checkStale();
        });
        // the Clusters view follows the account: selecting a member anywhere selects its campaign
        selectedAccount.addListener((o, a, id) -> {
            Cluster c = clusterOf(id);
            if (c != null) selectedCluster.set(c.id());
        });
    }

    private void index(DetectionReport r) {
        Map<String, AccountResult> accounts = new HashMap<>();
        Map<String, Cluster> clusters = new HashMap<>();
        if (r != null) {
            for (AccountResult a : r.accounts()) accounts.put(a.accountId(), a);
            for (Cluster c : r.clusters()) clusters.put(c.id(), c);
        }
        accountsById = accounts;
        clustersById = clusters;
        if (selectedCluster.get() != null && !clusters.containsKey(selectedCluster.get())) selectedCluster.set(null);
    }

    /** True when the case holds a different number of requests than the shown run read (an import since). */
    javafx.beans.property.ReadOnlyBooleanProperty staleProperty() { return stale.getReadOnlyProperty(); }

    private void checkStale() {
        long mine = ++staleSeq;
        DetectionReport r = report.get();
        if (r == null || !session.isOpen()) {
            stale.set(false);
            return;
        }
        DetectionOrigin o = origin.get();
        // upstream findings count the whole log's requests; what the case held when they were stored is in the origin
        long expected = o != null ? o.caseRequests() : r.requests();
        Task<Long> t = session.query(Case::recordCount);
        t.setOnSucceeded(e -> {
            if (mine == staleSeq) stale.set(report.get() == r && t.getValue() != expected);
        });
    }

    /** The report shown, or null when detection never ran on the open case. */
    ReadOnlyObjectProperty<DetectionReport> reportProperty() { return report.getReadOnlyProperty(); }

    DetectionReport report() { return report.get(); }

    /** Where the shown report comes from; null when no report is shown or it was shown without one. */
    ReadOnlyObjectProperty<DetectionOrigin> originProperty() { return origin.getReadOnlyProperty(); }

    DetectionOrigin origin() { return origin.get(); }

    /** The detection running now, or null. */
    ReadOnlyObjectProperty<DetectionTask> runningProperty() { return running.getReadOnlyProperty(); }

    /** The account both views highlight. */
    ObjectProperty<String> selectedAccountProperty() { return selectedAccount; }

    /** The cluster whose campaign the Clusters view explains; follows the selected account when it has one. */
    ObjectProperty<String> selectedClusterProperty() { return selectedCluster; }

    /** Shows {@code r} as if a run had produced it, without storing it (tests, and reports built elsewhere). */
    void show(DetectionReport r) { show(r, null); }

    /** As {@link #show(DetectionReport)}, with where the report comes from. */
    void show(DetectionReport r, DetectionOrigin o) {
        loadSeq++;
        origin.set(o);
        report.set(r);
    }

    /** Loads the stored report of the open case (nothing to load leaves the views empty). */
    void load() {
        long mine = ++loadSeq;
        if (!session.isOpen()) {
            report.set(null);
            return;
        }
        Task<Stored> t = session.query(c -> new Stored(c.detections().orElse(null), c.detectionOrigin().orElse(null)));
        t.setOnSucceeded(e -> {
            if (mine != loadSeq) return;
            origin.set(t.getValue().origin());
            report.set(t.getValue().report());
        });
        t.setOnFailed(e -> status.accept("Could not load stored detections: " + Fmt.message(t.getException())));
    }

    /** Starts a detection run over the open case (Ctrl+R); ignored while one runs. */
    DetectionTask run() {
        if (!session.isOpen() || running.get() != null) return running.get();
        DetectionTask task = new DetectionTask(session.currentCase());
        running.set(task);
        task.setOnSucceeded(e -> finished(task, () -> {
            loadSeq++; // a load queued before the run must not overwrite the fresh report
            origin.set(task.origin());
            report.set(task.getValue());
            DetectionReport r = task.getValue();
            status.accept("Detection finished (rules " + r.rulesVersion() + "): " + Fmt.count(r.accounts().size())
                    + " accounts, " + Fmt.count(r.flagged().size()) + " flagged, " + Fmt.count(r.clusters().size())
                    + " clusters; stored in the case");
        }));
        task.setOnFailed(e -> finished(task, () -> status.accept(task.isCancelRequested()
                ? "Detection cancelled; the previous results are kept"
                : "Detection failed: " + Fmt.message(task.getException()))));
        status.accept("Running detection…");
        session.runJob(task);
        return task;
    }

    void cancel() {
        DetectionTask t = running.get();
        if (t != null) t.requestCancel();
    }

    private void finished(DetectionTask task, Runnable then) {
        running.set(null);
        if (task.target() == session.currentCase()) then.run();
    }

    AccountResult account(String id) { return id == null ? null : accountsById.get(id); }

    /** The cluster {@code accountId} belongs to, or null. */
    Cluster clusterOf(String accountId) {
        AccountResult a = account(accountId);
        return a == null || a.cluster() == null ? null : clustersById.get(a.cluster());
    }

    /** The cluster with id {@code clusterId} in the shown report, or null. */
    Cluster cluster(String clusterId) { return clusterId == null ? null : clustersById.get(clusterId); }

    List<Cluster> clusters() { return report.get() == null ? List.of() : report.get().clusters(); }

    /** A stored report and its origin, loaded together. */
    private record Stored(DetectionReport report, DetectionOrigin origin) {}
}
