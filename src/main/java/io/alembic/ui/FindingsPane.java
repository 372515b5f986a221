package io.alembic.ui;

import io.alembic.detect.AccountResult;
import io.alembic.detect.Finding;
import io.alembic.detect.cluster.Cluster;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * One account's findings: detector, score, the explanation in full (it is what an expert witness reads out) and how
 * many requests back it. Below, in tabs, the selected finding's evidence request ids, and the campaign of the
 * account's cluster with its reasons; then the actions.
 */
final class FindingsPane extends VBox {
    /** What the buttons do; DetectionsView wires them to Search, Timeline and tagging. */
    interface Actions {
        void openEvidence(AccountResult account, Finding finding);

        void openTimeline(String accountId);

        void tag(String tag, List<String> accountIds, String note);

        void showCluster(String clusterId);
    }

    private final DetectionController detections;
    private final Label header = new Label("Select an account to see why it scored.");
    private final TableView<Finding> findings = new TableView<>();
    private final ListView<String> evidence = new ListView<>();
    private final Label evidenceLabel = new Label("Evidence");
    private final Button open = new Button("Open evidence in Search");
    private final Button timeline = new Button("Timeline");
    private final Button tagAccount = new Button("Tag account");
    private final Button tagCluster = new Button("Tag cluster");
    private final TabPane lower = new TabPane();
    private final Tab evidenceTab = new Tab("Evidence");
    private final Tab campaignTab = new Tab();
    private final CampaignSection campaign;
    private AccountResult account;

    FindingsPane(DetectionController detections, Actions actions) {
        super(6);
        this.detections = detections;
        this.campaign = new CampaignSection(actions::showCluster);
        setId("findingsPane");
        setPadding(new Insets(8));
        header.setId("findingsHeader");
        header.getStyleClass().add("view-summary");
        header.setWrapText(true);
        findings.setId("findingsTable");
        findings.setPlaceholder(new Label("No findings for this account."));
        findings.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        TableColumn<Finding, Number> score = new TableColumn<>("Score");
        score.setCellValueFactory(v -> new ReadOnlyObjectWrapper<>(v.getValue().score()));
        score.setCellFactory(c -> new RankedAccountsTable.ScoreCell<>());
        TableColumn<Finding, String> explanation = col("Explanation", 420, Finding::explanation);
        TableColumn<Finding, String> evidenceCol = col("Evidence", 76, f -> evidenceCount(f) == 0 ? "" : Fmt.count(evidenceCount(f)));
        evidenceCol.setMinWidth(70);
        evidenceCol.setMaxWidth(90);
        explanation.setCellFactory(Columns::wrapping);
        findings.getColumns().setAll(List.of(col("Detector", 95, Finding::detector), score, explanation,
                evidenceCol));
        score.setPrefWidth(130);
        score.setMaxWidth(150);
        VBox.setVgrow(findings, Priority.ALWAYS);

        evidence.setId("evidenceList");
        evidence.setPrefHeight(120);
        evidence.setPlaceholder(new Label("Select a finding to list the requests behind it."));
        evidence.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && selected() != null) {
                actions.openEvidence(account, selected());
            }
        });
        findings.setRowFactory(tv -> {
            var row = new javafx.scene.control.TableRow<Finding>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    actions.openEvidence(account, row.getItem());
                }
            });
            return row;
        });
        evidenceLabel.getStyleClass().add("filter-label");
        open.setId("openEvidence");
        open.setOnAction(e -> actions.openEvidence(account, selected()));
        timeline.setId("detectionTimeline");
        timeline.setOnAction(e -> { if (account != null) actions.openTimeline(account.accountId()); });
        tagAccount.setId("tagFinding");
        tagAccount.setOnAction(e -> tag(actions, List.of(account.accountId()), "account"));
        tagCluster.setId("tagCluster");
        tagCluster.setOnAction(e -> {
            Cluster c = detections.clusterOf(account.accountId());
            if (c != null) tag(actions, c.accounts(), "cluster " + c.id());
        });
        HBox buttons = new HBox(8, open, timeline, tagAccount, tagCluster);
        buttons.setAlignment(Pos.CENTER_LEFT);
        findings.getSelectionModel().selectedItemProperty().addListener((o, a, f) -> showEvidence(f));
        VBox evidenceBox = new VBox(4, evidenceLabel, evidence);
        evidenceBox.setPadding(new Insets(6, 0, 0, 0));
        VBox.setVgrow(evidence, Priority.ALWAYS);
        evidenceTab.setContent(evidenceBox);
        evidenceTab.setId("evidenceTab");
        campaignTab.setContent(campaign);
        campaignTab.setId("campaignTab");
        lower.setId("findingsTabs");
        lower.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        lower.getTabs().setAll(List.of(evidenceTab, campaignTab));
        lower.setPrefHeight(250);
        lower.setMinHeight(160);
        getChildren().addAll(header, findings, lower, buttons);
        show(null);
    }

    TableView<Finding> table() { return findings; }

    ListView<String> evidence() { return evidence; }

    Finding selected() { return findings.getSelectionModel().getSelectedItem(); }

    CampaignSection campaign() { return campaign; }

    TabPane tabs() { return lower; }

    /** Brings the campaign tab to the front. */
    void showCampaign() { lower.getSelectionModel().select(campaignTab); }

    /** Shows {@code a}'s findings, strongest first, and selects the strongest so its evidence is one click away. */
    void show(AccountResult a) {
        account = a;
        timeline.setDisable(a == null);
        Cluster c = a == null ? null : detections.clusterOf(a.accountId());
        campaign.show(a, c);
        campaignTab.setText(CampaignSection.title(c));
        if (a == null) {
            header.setText("Select an account to see why it scored.");
            findings.getItems().clear();
            showEvidence(null);
            return;
        }
        header.setText(String.format(Locale.ROOT, "%s — score %.2f%s%s · %d finding%s", a.accountId(), a.score(),
                a.flagged() ? ", FLAGGED" : ", not flagged", c == null ? "" : String.format(Locale.ROOT,
                        " · cluster %s, campaign %.2f%s", c.id(), c.score(), c.flagged() ? " FLAGGED" : ""),
                a.findings().size(), a.findings().size() == 1 ? "" : "s"));
        findings.getItems().setAll(a.findings().stream()
                .sorted(java.util.Comparator.comparingDouble(Finding::score).reversed()).toList());
        if (!findings.getItems().isEmpty()) findings.getSelectionModel().select(0);
        else showEvidence(null);
    }

    private void showEvidence(Finding f) {
        String tag = f == null ? null : PatternTags.forDetector(f.detector());
        Cluster c = account == null ? null : detections.clusterOf(account.accountId());
        evidence.getItems().setAll(f == null ? List.of() : f.evidenceSample());
        long n = f == null ? 0 : evidenceCount(f);
        evidenceLabel.setText(f == null ? "Evidence" : "Evidence: " + Fmt.count(n) + " request" + (n == 1 ? "" : "s")
                + (n > f.evidenceSample().size() ? ", first " + f.evidenceSample().size() + " listed" : "")
                + (f.evidenceCount() == 0 && n > 0 ? " (a sample of the member's requests)" : "")
                + " — double-click opens them in Search");
        open.setDisable(f == null);
        tagAccount.setDisable(tag == null);
        tagAccount.setText(tag == null ? "Tag account" : "Tag account: " + tag);
        tagCluster.setDisable(tag == null || c == null);
        tagCluster.setText(c == null ? "Tag cluster" : "Tag cluster " + c.id() + " (" + Fmt.count(c.accounts().size()) + " accounts)");
    }

    /**
     * Requests behind a finding. A campaign finding rests on the cluster, not on counted requests (its count is 0), but
     * lists a sample of the member's requests, which is what the analyst can open.
     */
    static long evidenceCount(Finding f) { return Math.max(f.evidenceCount(), f.evidenceSample().size()); }

    /** The note says which finding justified the tag, so the tag's provenance survives in the audit trail. */
    private void tag(Actions actions, List<String> accountIds, String scope) {
        Finding f = selected();
        if (f == null || account == null) return;
        actions.tag(PatternTags.forDetector(f.detector()), accountIds, String.format(Locale.ROOT,
                "from detection: %s finding on %s (score %.2f, rules %s), tagged %s", f.detector(), account.accountId(),
                f.score(), f.ruleVersion(), scope));
    }

    private static TableColumn<Finding, String> col(String title, double width, Function<Finding, String> f) {
        TableColumn<Finding, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(v -> new ReadOnlyObjectWrapper<>(f.apply(v.getValue())));
        return c;
    }
}
