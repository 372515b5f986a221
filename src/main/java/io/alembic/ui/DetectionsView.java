package io.alembic.ui;

import io.alembic.casefile.DetectionOrigin;
import io.alembic.detect.AccountResult;
import io.alembic.detect.DetectionReport;
import io.alembic.detect.Finding;
import io.alembic.store.Target;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Detections screen: a run bar on top (Run detection, progress, Cancel, what the shown report is), accounts ranked by
 * score on the left, the selected account's findings and evidence on the right.
 */
public final class DetectionsView extends BorderPane {
    private final DetectionController detections;
    private final RankedAccountsTable table = new RankedAccountsTable();
    private final FindingsPane findings;
    private final Button run = new Button("Run detection");
    private final Button cancel = new Button("Cancel");
    private final ProgressBar progress = new ProgressBar();
    private final Label progressText = new Label();
    private final Label summary = new Label();
    private final Button exhibit = new Button("Make exhibit…");
    private Consumer<io.alembic.report.ExhibitRequest> makeExhibit = r -> { };

    DetectionsView(DetectionController detections, MarksController marks, Consumer<String> searchQuery,
                   Consumer<String> searchAccount, Consumer<String> openTimeline, Consumer<String> showCluster) {
        this.detections = detections;
        setId("detectionsView");
        findings = new FindingsPane(detections, new FindingsPane.Actions() {
            @Override
            public void openEvidence(AccountResult account, Finding finding) {
                if (account == null) return;
                if (finding == null || finding.evidenceSample().isEmpty()) searchAccount.accept(account.accountId());
                else searchQuery.accept(evidenceQuery(finding.evidenceSample()));
            }

            @Override
            public void openTimeline(String accountId) { openTimeline.accept(accountId); }

            @Override
            public void tag(String tag, List<String> accountIds, String note) {
                marks.applyTag(tag, accountIds.stream().map(Target::account).toList(), note);
            }

            @Override
            public void showCluster(String clusterId) { showCluster.accept(clusterId); }
        });
        setTop(runBar());
        SplitPane split = new SplitPane(table, findings);
        split.setDividerPositions(0.48);
        setCenter(split);

        table.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> {
            findings.show(r);
            if (r != null) detections.selectedAccountProperty().set(r.accountId());
        });
        detections.selectedAccountProperty().addListener((o, a, id) -> { if (id != null) table.select(id); });
        detections.reportProperty().addListener((o, a, r) -> show(r));
        detections.runningProperty().addListener((o, a, t) -> showRunning(t));
        detections.staleProperty().addListener((o, a, b) -> summarize(detections.report()));
        detections.originProperty().addListener((o, a, b) -> summarize(detections.report()));
        showRunning(null);
        show(detections.report());
    }

    /** {@code request_id:("a" OR "b" …)}: the evidence records of a finding as one Search query. */
    static String evidenceQuery(List<String> requestIds) {
        return requestIds.stream().map(id -> "\"" + id.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(" OR ", "request_id:(", ")"));
    }

    RankedAccountsTable table() { return table; }

    /** What "Make exhibit…" does with the selected account (the main window opens the exhibit dialog). */
    void setMakeExhibit(Consumer<io.alembic.report.ExhibitRequest> action) { this.makeExhibit = action; }

    Button exhibitButton() { return exhibit; }

    FindingsPane findings() { return findings; }

    Label summary() { return summary; }

    /** The account selected in the ranked table, or null. */
    String selectedAccount() {
        AccountResult r = table.getSelectionModel().getSelectedItem();
        return r == null ? null : r.accountId();
    }

    private HBox runBar() {
        run.setId("runDetection");
        run.setTooltip(new javafx.scene.control.Tooltip("Run every detector over the case in the background ("
                + Shortcuts.RUN_DETECTION.getDisplayText() + "); the results replace the stored ones"));
        run.setOnAction(e -> detections.run());
        cancel.setId("cancelDetection");
        cancel.setOnAction(e -> {
            cancel.setDisable(true);
            detections.cancel();
        });
        progress.setId("detectionProgress");
        progress.setPrefWidth(200);
        progressText.setId("detectionProgressText");
        summary.setId("detectionSummary");
        summary.getStyleClass().add("view-summary");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        exhibit.setId("detectionsExhibit");
        exhibit.setTooltip(new javafx.scene.control.Tooltip("An exhibit (PDF, optionally HTML) of the selected account, with a preview"));
        exhibit.setOnAction(e -> {
            String a = selectedAccount();
            if (a != null) makeExhibit.accept(io.alembic.report.ExhibitRequest.accounts(List.of(a)));
        });
        exhibit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        HBox bar = new HBox(10, run, progress, progressText, cancel, exhibit, gap, summary);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 10, 8, 10));
        bar.getStyleClass().add("search-bar");
        return bar;
    }

    private void showRunning(DetectionTask t) {
        boolean on = t != null;
        run.setDisable(on);
        for (var n : List.of(progress, progressText, cancel)) {
            n.setVisible(on);
            n.setManaged(on);
        }
        progress.progressProperty().unbind();
        progressText.textProperty().unbind();
        cancel.setDisable(false);
        if (on) {
            progress.progressProperty().bind(t.progressProperty());
            progressText.textProperty().bind(t.messageProperty());
        }
    }

    private void show(DetectionReport r) {
        if (r == null) {
            table.getItems().clear();
            findings.show(null);
            summarize(null);
            return;
        }
        table.show(r.accounts(), detections::cluster);
        summarize(r);
        if (table.getSelectionModel().isEmpty() && !r.accounts().isEmpty()) table.getSelectionModel().select(0);
        else findings.show(table.getSelectionModel().getSelectedItem());
    }

    private void summarize(DetectionReport r) {
        if (r == null) {
            summary.setText("No stored detection results for this case.");
            return;
        }
        DetectionOrigin origin = detections.origin();
        String from = origin == null || origin.kind() == DetectionOrigin.Kind.LOCAL ? ""
                : capitalised(origin.describe(r.rulesVersion())) + " · ";
        summary.setText(from + String.format(Locale.ROOT, "Rules %s · %s requests · %s accounts · %s flagged · %s clusters",
                r.rulesVersion(), Fmt.count(r.requests()), Fmt.count(r.accounts().size()), Fmt.count(r.flagged().size()),
                Fmt.count(r.clusters().size()))
                + (detections.staleProperty().get() ? " — the case changed since this run: run detection again" : ""));
        summary.setTooltip(origin == null ? null : new javafx.scene.control.Tooltip(origin.describe(r.rulesVersion())));
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
