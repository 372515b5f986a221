package io.alembic.ui;

import io.alembic.offline.NetworkFreeTest;
import io.alembic.offline.NetworkGuard;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The GUI under the socket guard (see io.alembic.offline.NetworkGuard): the sample case imported through the window,
 * detection run from it, and every main view shown with its data; no socket may be attempted meanwhile.
 */
class NetworkFreeWindowTest extends WindowTestBase {
    @TempDir static Path tmp;

    @Start
    void start(Stage stage) { open(stage); }

    @Test
    void mainViewsOverTheSampleCaseOpenNoSocket() throws Exception {
        NetworkGuard.install();
        Fx.run(() -> window.openCase(tmp.resolve("case")));
        Fx.waitUntil(30, () -> session.isOpen());
        Fx.run(() -> window.importBundle(Path.of("sample-cases/demo")));
        Fx.waitUntil(300, () -> window.imports().lastReportProperty().get() != null
                || window.imports().lastErrorProperty().get() != null);
        Fx.waitUntil(30, () -> !session.importingProperty().get());
        assertNotNull(Fx.get(() -> window.imports().lastReportProperty().get()), "import succeeded");
        Fx.waitUntil(30, () -> !window.searchView().table().getItems().isEmpty());

        Fx.run(() -> window.searchQuery("explain"));
        Fx.waitUntil(30, () -> !window.searchView().table().getItems().isEmpty());
        Fx.run(() -> window.runDetection());
        Fx.waitUntil(300, () -> window.detections().runningProperty().get() == null
                && !window.detectionsView().table().getItems().isEmpty());
        for (MainWindow.View v : MainWindow.View.values()) {
            Fx.run(() -> window.showView(v));
            assertEquals(v, Fx.get(() -> window.currentView()));
        }
        Fx.waitUntil(30, () -> !window.accountsView().table().getItems().isEmpty());
        String first = Fx.get(() -> window.accountsView().table().getItems().get(0).accountId());
        Fx.run(() -> window.openTimeline(first));
        // let the timeline and its records load: the teardown closes the session off the FX thread, and a load still
        // landing then would meet a cleared view
        Fx.waitUntil(60, () -> window.timelineView().records.lastResults() != null);
        Fx.run(() -> window.showClusterOf(first));
        Fx.run(() -> window.showView(MainWindow.View.AUDIT));
        assertTrue(Fx.get(() -> window.stage().isShowing()));
        assertEquals(List.of(), NetworkFreeTest.describe(NetworkGuard.attempts()), "socket attempts in this JVM");
    }
}
