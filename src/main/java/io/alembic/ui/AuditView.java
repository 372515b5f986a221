package io.alembic.ui;

import io.alembic.casefile.AuditEntry;
import io.alembic.casefile.AuditTrail;
import io.alembic.casefile.Case;
import io.alembic.casefile.CaseVerification;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The case's audit trail for an auditor: every entry (filter by action and day), the chain's state, the head to
 * write down, and "Verify case" with what it found. All checking is done by the case; this view only shows it.
 */
public final class AuditView extends BorderPane {
    static final String ALL = "All actions";

    private final CaseSession session;
    private final Consumer<String> status;
    private final ObservableList<AuditEntry> rows = FXCollections.observableArrayList();
    private final TableView<AuditEntry> table = new TableView<>(rows);
    private final ComboBox<String> action = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Label state = new Label();
    private final TextField head = new TextField();
    private final Button verify = new Button("Verify case");
    private final Label verifyResult = new Label("Not verified in this session.");
    private final ListView<String> findings = new ListView<>();
    private AuditTrail trail;
    private VerifyTask running;
    private CaseVerification lastVerification;
    private long seq;

    AuditView(CaseSession session, Consumer<String> status) {
        this.session = session;
        this.status = status;
        setId("auditView");
        state.setId("auditState");
        state.getStyleClass().add("view-summary");
        head.setId("auditHead");
        head.setEditable(false);
        head.getStyleClass().add("mono");
        head.setPrefColumnCount(72);
        Button copy = new Button("Copy head");
        copy.setId("copyHead");
        copy.setOnAction(e -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(head.getText());
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(c);
            status.accept("Audit head copied: " + head.getText());
        });
        verify.setId("verifyCase");
        verify.setOnAction(e -> verifyCase());
        verifyResult.setId("verifyResult");
        verifyResult.setWrapText(true);
        HBox headRow = new HBox(8, new Label("Head to write down:"), head, copy);
        headRow.setAlignment(Pos.CENTER_LEFT);
        HBox verifyRow = new HBox(8, verify, verifyResult);
        verifyRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(verifyResult, Priority.ALWAYS);

        action.setId("auditAction");
        action.getItems().setAll(ALL);
        action.setValue(ALL);
        from.setId("auditFrom");
        to.setId("auditTo");
        from.setPromptText("from (UTC day)");
        to.setPromptText("to (UTC day, inclusive)");
        Button clear = new Button("Clear");
        clear.setOnAction(e -> {
            action.setValue(ALL);
            from.setValue(null);
            to.setValue(null);
        });
        action.valueProperty().addListener((o, a, b) -> applyFilter());
        from.valueProperty().addListener((o, a, b) -> applyFilter());
        to.valueProperty().addListener((o, a, b) -> applyFilter());
        HBox filters = new HBox(8, new Label("Action"), action, new Label("From"), from, new Label("To"), to, clear);
        filters.setAlignment(Pos.CENTER_LEFT);

        VBox top = new VBox(6, state, headRow, verifyRow, filters);
        top.setPadding(new Insets(8, 10, 8, 10));
        setTop(top);

        table.setId("auditTable");
        table.setPlaceholder(new Label("No audit entries."));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        TableColumn<AuditEntry, Number> seqCol = new TableColumn<>("Seq");
        seqCol.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().seq()));
        seqCol.setStyle("-fx-alignment: CENTER-RIGHT;");
        seqCol.setPrefWidth(60);
        TableColumn<AuditEntry, String> at = new TableColumn<>("Time (UTC)");
        at.setCellValueFactory(c -> new ReadOnlyStringWrapper(Fmt.time(c.getValue().at())));
        at.setPrefWidth(160);
        TableColumn<AuditEntry, String> user = new TableColumn<>("User");
        user.setCellValueFactory(c -> new ReadOnlyStringWrapper(Fmt.nullToEmpty(c.getValue().user())));
        user.setPrefWidth(100);
        TableColumn<AuditEntry, String> act = new TableColumn<>("Action");
        act.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().action()));
        act.setPrefWidth(160);
        TableColumn<AuditEntry, String> details = new TableColumn<>("Details");
        details.setCellValueFactory(c -> new ReadOnlyStringWrapper(Fmt.oneLine(c.getValue().detailsText(), 400)));
        details.setPrefWidth(520);
        TableColumn<AuditEntry, String> hash = new TableColumn<>("Hash");
        hash.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().hash()));
        hash.setPrefWidth(160);
        table.getColumns().setAll(List.of(seqCol, at, user, act, details, hash));
        Columns.fillLast(table, details, 300);

        findings.setId("verifyFindings");
        findings.setPlaceholder(new Label("Problems and warnings of the chain and of \"Verify case\" are listed here."));
        findings.getStyleClass().add("mono");
        SplitPane split = new SplitPane(table, findings);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.72);
        setCenter(split);
        session.dataVersionProperty().addListener((o, a, b) -> refresh());
        session.marksVersionProperty().addListener((o, a, b) -> refresh());
    }

    /**
     * Reloads the log and the chain's state. Queued with the case's writes (it reads the log and the recorded heads
     * together, which must not interleave with an append).
     */
    public void refresh() {
        long mine = ++seq;
        Case c = session.currentCase();
        if (c == null) {
            trail = null;
            rows.clear();
            state.setText("");
            head.setText("");
            return;
        }
        state.setText("Reading the audit log…");
        Task<AuditTrail> task = new Task<>() {
            @Override
            protected AuditTrail call() throws Exception { return c.auditTrail(); }
        };
        task.setOnSucceeded(e -> {
            if (mine != seq) return;
            trail = task.getValue();
            String chosen = action.getValue();
            List<String> actions = new ArrayList<>(List.of(ALL));
            actions.addAll(trail.actions());
            action.getItems().setAll(actions);
            action.setValue(actions.contains(chosen) ? chosen : ALL);
            state.setText(Fmt.count(trail.entries().size()) + " entries. " + trail.state());
            state.getStyleClass().removeAll("audit-broken");
            if (!trail.intact()) state.getStyleClass().add("audit-broken");
            head.setText(trail.head().toString());
            applyFilter();
            showFindings();
        });
        task.setOnFailed(e -> {
            if (mine == seq) state.setText("Could not read the audit log: " + Fmt.message(task.getException()));
        });
        session.runJob(task);
    }

    private void applyFilter() {
        if (trail == null) return;
        String a = ALL.equals(action.getValue()) ? null : action.getValue();
        LocalDate f = from.getValue();
        LocalDate t = to.getValue();
        rows.setAll(trail.filter(a, f == null ? null : f.atStartOfDay(ZoneOffset.UTC).toInstant(),
                t == null ? null : t.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
    }

    /** Runs verify in the background; the result replaces the previous one and the trail reloads (verify adds an entry). */
    public VerifyTask verifyCase() {
        Case c = session.currentCase();
        if (c == null || running != null) return running;
        VerifyTask task = new VerifyTask(c);
        running = task;
        verify.setDisable(true);
        verifyResult.setText("Verifying evidence, audit chain, records and index…");
        status.accept("Verifying case…");
        task.setOnSucceeded(e -> {
            running = null;
            verify.setDisable(false);
            lastVerification = task.getValue();
            CaseVerification v = lastVerification;
            String summary = (v.ok() ? "Verified: nothing altered" : "FAILED: " + v.problems().size() + " problem" + (v.problems().size() == 1 ? "" : "s"))
                    + " — " + v.files().size() + " evidence files, " + Fmt.count(v.index().records()) + " records, "
                    + Fmt.count(v.index().documents()) + " index documents" + (v.warnings().isEmpty() ? "" : "; " + v.warnings().size() + " warnings")
                    + ". Head now " + v.head();
            verifyResult.setText(summary);
            verifyResult.getStyleClass().removeAll("audit-broken", "audit-ok");
            verifyResult.getStyleClass().add(v.ok() ? "audit-ok" : "audit-broken");
            status.accept(v.ok() ? "Case verified: nothing altered" : "Case verification FAILED: " + v.problems().get(0));
            refresh();
        });
        task.setOnFailed(e -> {
            running = null;
            verify.setDisable(false);
            verifyResult.setText("Could not verify: " + Fmt.message(task.getException()));
        });
        session.runJob(task);
        return task;
    }

    private void showFindings() {
        List<String> lines = new ArrayList<>();
        if (lastVerification != null) {
            lastVerification.problems().forEach(p -> lines.add("PROBLEM  " + p));
            lastVerification.warnings().forEach(w -> lines.add("warning  " + w));
        } else if (trail != null) {
            trail.problems().forEach(p -> lines.add("PROBLEM  " + p));
            trail.warnings().forEach(w -> lines.add("warning  " + w));
        }
        findings.getItems().setAll(lines);
    }

    TableView<AuditEntry> table() { return table; }

    ComboBox<String> actionFilter() { return action; }

    DatePicker fromFilter() { return from; }

    Label stateLabel() { return state; }

    Label verifyResult() { return verifyResult; }

    TextField headField() { return head; }

    ListView<String> findings() { return findings; }

    boolean verifying() { return running != null; }
}
