package io.alembic.ui;

import javafx.concurrent.Task;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.geometry.Orientation;
import org.controlsfx.control.StatusBar;

/** Bottom line: the last thing that happened, the open case, and how many requests it holds. */
final class AppStatusBar extends StatusBar {
    private final CaseSession session;
    private final Label caseLabel = new Label();
    private final Label recordsLabel = new Label();
    private long seq;

    AppStatusBar(CaseSession session) {
        this.session = session;
        setId("statusBar");
        setText("Ready");
        caseLabel.setId("caseLabel");
        recordsLabel.setId("recordsLabel");
        getRightItems().addAll(caseLabel, new Separator(Orientation.VERTICAL), recordsLabel);
        session.dataVersionProperty().addListener((o, a, b) -> refresh());
    }

    void refresh() {
        long mine = ++seq;
        if (!session.isOpen()) {
            caseLabel.setText("No case");
            recordsLabel.setText("");
            return;
        }
        caseLabel.setText("Case: " + session.folderProperty().get());
        Task<Long> task = session.query(c -> c.recordCount());
        task.setOnSucceeded(e -> {
            if (mine == seq) recordsLabel.setText(Fmt.count(task.getValue()) + " requests");
        });
        task.setOnFailed(e -> {
            if (mine == seq) recordsLabel.setText("count unavailable");
        });
    }

    String recordsText() { return recordsLabel.getText(); }
}
