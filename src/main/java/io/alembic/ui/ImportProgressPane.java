package io.alembic.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** The strip above the status bar that shows a running import or export: title, progress bar, phase and rate, Cancel. */
final class ImportProgressPane extends HBox {
    private final Label title = new Label();
    private final ProgressBar bar = new ProgressBar();
    private final Label message = new Label();
    private final Button cancel = new Button("Cancel");

    ImportProgressPane() { this("import"); }

    /** @param id prefix of the node ids tests look up ({@code importProgress}, {@code exportCancel}, ...) */
    ImportProgressPane(String id) {
        super(10);
        getStyleClass().add("import-progress");
        setId(id + "Progress");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(6, 10, 6, 10));
        title.getStyleClass().add("import-title");
        bar.setPrefWidth(260);
        message.setId(id + "Message");
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        cancel.setId(id + "Cancel");
        getChildren().addAll(title, bar, message, cancel);
        hide();
    }

    void bind(ImportTask task) { bind(task, task::requestCancel); }

    void bind(javafx.concurrent.Task<?> task, Runnable requestCancel) {
        title.textProperty().bind(task.titleProperty());
        bar.progressProperty().bind(task.progressProperty());
        message.textProperty().bind(task.messageProperty());
        cancel.setDisable(false);
        cancel.setOnAction(e -> {
            cancel.setDisable(true);
            requestCancel.run();
        });
        setVisible(true);
        setManaged(true);
    }

    void hide() {
        title.textProperty().unbind();
        bar.progressProperty().unbind();
        message.textProperty().unbind();
        setVisible(false);
        setManaged(false);
    }
}
