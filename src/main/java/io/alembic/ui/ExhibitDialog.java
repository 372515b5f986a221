package io.alembic.ui;

import io.alembic.casefile.CancelToken;
import io.alembic.report.ExhibitRequest;
import io.alembic.report.ExhibitResult;
import io.alembic.report.ExhibitService;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.concurrent.Task;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;

/**
 * "Make exhibit…": what it will show, a title, HTML too or not, a preview of page 1 (rendered in the background), then
 * the PDF written where the analyst chooses, with progress and cancel. The case keeps its own copy and records it.
 */
final class ExhibitDialog {
    private final CaseSession session;
    private final ExhibitRequest request;
    private final Stage stage = new Stage();
    private final TextField title = new TextField();
    private final CheckBox html = new CheckBox("Also write a self-contained HTML file");
    private final ImageView page = new ImageView();
    private final ProgressIndicator previewBusy = new ProgressIndicator();
    private final Label previewInfo = new Label("Rendering the preview…");
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label();
    private final Button make = new Button("Make exhibit…");
    private final Button cancel = new Button("Cancel");
    private Task<?> running;
    private ExhibitResult result;

    ExhibitDialog(CaseSession session, Window owner, ExhibitRequest request) {
        this.session = session;
        this.request = request;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Make exhibit — " + request.describe());
        title.setId("exhibitTitle");
        title.setPromptText("Exhibit: " + request.describe());
        html.setId("exhibitHtml");
        page.setId("exhibitPreview");
        previewInfo.setId("exhibitPreviewInfo");
        page.setPreserveRatio(true);
        page.setFitWidth(460);
        make.setId("makeExhibit");
        make.setDefaultButton(true);
        make.setOnAction(e -> chooseAndMake());
        cancel.setId("cancelExhibit");
        cancel.setOnAction(e -> { if (running != null && running.isRunning()) running.cancel(); else stage.close(); });
        status.setId("exhibitStatus");
        status.setWrapText(true);
        progress.setVisible(false);
        progress.setPrefWidth(220);

        VBox top = new VBox(6, new Label("Shows: " + request.describe()), new HBox(6, new Label("Title"), title), html);
        HBox.setHgrow(title, Priority.ALWAYS);
        top.setPadding(new Insets(10));
        StackPane preview = new StackPane(page, new VBox(6, previewBusy, previewInfo));
        ((VBox) preview.getChildren().get(1)).setAlignment(Pos.CENTER);
        ScrollPane scroll = new ScrollPane(preview);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(560);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bottom = new HBox(8, progress, status, gap, cancel, make);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.setPadding(new Insets(10));
        HBox.setHgrow(status, Priority.SOMETIMES);
        BorderPane root = new BorderPane(scroll, top, null, bottom, null);
        stage.setScene(new Scene(root, 540, 760));
    }

    Stage stage() { return stage; }

    /** Shows the dialog and starts rendering the preview off the FX thread. */
    void show() {
        stage.show();
        preview();
    }

    private void preview() {
        CancelToken token = new CancelToken();
        ExhibitRequest shown = request.withTitle(blankToNull(title.getText()));
        io.alembic.casefile.Case open = session.currentCase();
        Task<ExhibitService.Preview> t = new Task<>() {
            @Override
            protected ExhibitService.Preview call() throws Exception {
                return new ExhibitService().preview(open, shown, token);
            }

            @Override
            protected void cancelled() { token.cancel(); }
        };
        t.setOnSucceeded(e -> {
            ExhibitService.Preview p = t.getValue();
            page.setImage(SwingFXUtils.toFXImage(p.firstPage(), null));
            previewBusy.setVisible(false);
            previewInfo.setVisible(false);
            status.setText("Preview of page 1 of " + p.pages() + ".");
        });
        t.setOnFailed(e -> {
            previewBusy.setVisible(false);
            previewInfo.setText("No preview: " + t.getException());
            make.setDisable(true);
        });
        session.runJob(t);
    }

    private void chooseAndMake() {
        FileChooser fc = new FileChooser();
        fc.setTitle("Save exhibit (PDF)");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF (*.pdf)", "*.pdf"));
        fc.setInitialFileName("exhibit.pdf");
        File f = fc.showSaveDialog(stage);
        if (f != null) make(f.toPath());
    }

    /** Makes the exhibit into {@code out} in the background; the status line then names its id, hash and head. */
    ExhibitTask make(Path out) {
        ExhibitTask t = new ExhibitTask(session.currentCase(), request.withTitle(blankToNull(title.getText())), out, html.isSelected());
        running = t;
        make.setDisable(true);
        progress.setVisible(true);
        progress.progressProperty().bind(t.progressProperty());
        status.textProperty().bind(t.messageProperty());
        t.stateProperty().addListener((o, a, s) -> {
            // judge by the state itself: Task announces SUCCEEDED on the FX thread possibly before its future counts as
            // done, and waiting for isDone() here then missed the result for good now and then
            if (s != javafx.concurrent.Worker.State.SUCCEEDED && s != javafx.concurrent.Worker.State.FAILED
                    && s != javafx.concurrent.Worker.State.CANCELLED) return;
            progress.progressProperty().unbind();
            status.textProperty().unbind();
            progress.setVisible(false);
            make.setDisable(false);
            switch (s) {
                case SUCCEEDED -> {
                    result = t.getValue();
                    status.setText("Exhibit " + result.exhibitId() + " (" + result.pages() + " pages) written to " + result.pdfCopy()
                            + "; SHA-256 " + result.pdfSha256() + " recorded in the audit log; audit head " + result.auditHead() + ".");
                    cancel.setText("Close");
                }
                case CANCELLED -> status.setText("Cancelled; nothing written.");
                default -> status.setText("Failed: " + (t.getException() == null ? "unknown error" : t.getException().getMessage()));
            }
        });
        session.runJob(t);
        return t;
    }

    ExhibitResult result() { return result; }

    private static String blankToNull(String s) { return s == null || s.isBlank() ? null : s.trim(); }
}
