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
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * One account's findings: detector, score, the explanation in full (it is what an expert witness reads out) and how
 * many requests back it. Below, the selected finding's evidence request ids and the actions on it.
 */
final class FindingsPane extends VBox {
    /** What the buttons do; DetectionsView wires them to Search, Timeline and tagging. */
    interface Actions {
        void openEvidence(AccountResult account, Finding finding);

        void openTimeline(String accountId);

        void tag(String tag, List<String> accountIds, String note);
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
    private AccountResult account;

    FindingsPane(DetectionController detections, Actions actions) {
        super(6);
        this.detections = detections;
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
        explanation.setCellFactory(FindingsPane::wrapping);
        findings.getColumns().setAll(List.of(col("Detector", 95, Finding::detector), score, explanation,
                col("Evidence", 70, f -> Fmt.count(f.evidenceCount()))));
        score.setPrefWidth(130);
        score.setMaxWidth(150);
        VBox.setVgrow(findings, Priority.ALWAYS);

        evidence.setId("evidenceList");
        evidence.setPrefHeight(150);
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
        getChildren().addAll(header, findings, evidenceLabel, evidence, buttons);
        show(null);
    }

    TableView<Finding> table() { return findings; }

    ListView<String> evidence() { return evidence; }

    Finding selected() { return findings.getSelectionModel().getSelectedItem(); }

    /** Shows {@code a}'s findings, strongest first, and selects the strongest so its evidence is one click away. */
    void show(AccountResult a) {
        account = a;
        timeline.setDisable(a == null);
        if (a == null) {
            header.setText("Select an account to see why it scored.");
            findings.getItems().clear();
            showEvidence(null);
            return;
        }
        header.setText(String.format(Locale.ROOT, "%s — score %.2f%s%s · %d finding%s", a.accountId(), a.score(),
                a.flagged() ? ", FLAGGED" : ", not flagged", a.cluster() == null ? "" : ", cluster " + a.cluster(),
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
        evidenceLabel.setText(f == null ? "Evidence" : "Evidence: " + Fmt.count(f.evidenceCount()) + " request"
                + (f.evidenceCount() == 1 ? "" : "s") + (f.evidenceCount() > f.evidenceSample().size()
                ? ", first " + f.evidenceSample().size() + " listed" : "") + " — double-click opens them in Search");
        open.setDisable(f == null);
        tagAccount.setDisable(tag == null);
        tagAccount.setText(tag == null ? "Tag account" : "Tag account: " + tag);
        tagCluster.setDisable(tag == null || c == null);
        tagCluster.setText(c == null ? "Tag cluster" : "Tag cluster " + c.id() + " (" + c.accounts().size() + " accounts)");
    }

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

    private static TableCell<Finding, String> wrapping(TableColumn<Finding, String> col) {
        TableCell<Finding, String> cell = new TableCell<>() {
            private final Text text = new Text();

            {
                text.getStyleClass().add("finding-text");
                text.wrappingWidthProperty().bind(col.widthProperty().subtract(14));
            }

            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                text.setText(empty || s == null ? "" : s);
                setGraphic(empty || s == null ? null : text);
            }
        };
        cell.setPrefHeight(javafx.scene.control.Control.USE_COMPUTED_SIZE);
        return cell;
    }
}
