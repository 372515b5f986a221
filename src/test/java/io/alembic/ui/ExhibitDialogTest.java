package io.alembic.ui;

import io.alembic.report.ExhibitRequest;
import javafx.scene.control.Button;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Make exhibit…": the views offer it, the dialog previews page 1 off the FX thread, then writes the PDF and records it. */
class ExhibitDialogTest extends WindowTestBase {
    @Start
    void start(Stage stage) { open(stage); }

    @TempDir
    Path tmp;

    @Test
    void previewThenMakeAnExhibitOfAnAccount() throws Exception {
        Path bundle = UiFixtureBundle.write(tmp.resolve("bundle"), 40);
        Fx.run(() -> window.openCase(tmp.resolve("case")));
        Fx.waitUntil(30, () -> session.isOpen());
        Fx.run(() -> window.importBundle(bundle));
        Fx.waitUntil(120, () -> window.imports().lastReportProperty().get() != null || window.imports().lastErrorProperty().get() != null);
        Fx.waitUntil(30, () -> !session.importingProperty().get());

        assertNotNull(Fx.get(() -> window.detectionsView().lookup("#detectionsExhibit")));
        assertNotNull(Fx.get(() -> window.clustersView().lookup("#clusterExhibit")));
        assertTrue(Fx.get(() -> ((Button) window.detectionsView().lookup("#detectionsExhibit")).isDisabled()), "no account selected yet");

        String account = UiFixtureBundle.ACCOUNTS.get(0);
        ExhibitDialog dialog = Fx.get(() -> window.makeExhibit(ExhibitRequest.accounts(List.of(account))));
        ImageView preview = (ImageView) Fx.get(() -> dialog.stage().getScene().lookup("#exhibitPreview"));
        // every read of dialog state goes through the FX thread: a plain field polled from the test thread may never
        // show the FX thread's write (that made this test hang now and then)
        Fx.waitUntil(120, () -> Fx.get(preview::getImage) != null || Fx.get(() -> ((javafx.scene.control.Label) dialog.stage().getScene()
                .lookup("#exhibitPreviewInfo")).getText()).startsWith("No preview"));
        assertNotNull(Fx.get(preview::getImage), Fx.get(() -> ((javafx.scene.control.Label) dialog.stage().getScene().lookup("#exhibitPreviewInfo")).getText()));
        assertTrue(Fx.get(() -> preview.getImage().getHeight() > preview.getImage().getWidth()), "an A4 page, upright");

        Path out = tmp.resolve("exhibit.pdf");
        javafx.concurrent.Task<?> task = Fx.get(() -> dialog.make(out));
        java.util.function.Supplier<String> status = () -> Fx.get(() -> ((javafx.scene.control.Label) dialog.stage().getScene()
                .lookup("#exhibitStatus")).getText());
        Fx.waitUntil(120, () -> Fx.get(dialog::result) != null || Fx.get(task::isDone));
        Fx.waitUntil(10, () -> Fx.get(dialog::result) != null || Fx.get(task::getState) != javafx.concurrent.Worker.State.SUCCEEDED);
        assertNotNull(Fx.get(dialog::result), () -> "task " + Fx.get(task::getState) + " " + Fx.get(task::getException) + "; status " + status.get());
        assertTrue(Files.size(out) > 1000);
        String id = Fx.get(() -> dialog.result().exhibitId());
        assertTrue(Files.isRegularFile(tmp.resolve("case").resolve("exhibits").resolve(id + ".pdf")));
        assertTrue(Fx.get(() -> ((javafx.scene.control.Label) dialog.stage().getScene().lookup("#exhibitStatus")).getText()).contains(id));
        assertEquals(true, Fx.get(() -> session.currentCase().verify().ok()));
        Fx.run(() -> dialog.stage().close());
    }
}
