package io.alembic.ui;

import io.alembic.casefile.AuditEntry;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Audit trail view: opened by its shortcut, entries filtered by action and day, the head to note down, and
 * Verify case run in the background, first on the intact case and then after a row is deleted behind its back.
 */
class AuditViewTest extends WindowTestBase {
    @Start
    void start(Stage stage) { open(stage); }

    @TempDir
    static Path tmp;

    @Test
    void filtersShowsTheHeadAndVerifies(FxRobot robot) throws Exception {
        Path bundle = UiFixtureBundle.write(tmp.resolve("bundle"), 30);
        Path folder = tmp.resolve("case");
        Fx.run(() -> window.openCase(folder));
        Fx.waitUntil(30, () -> session.isOpen());
        Fx.run(() -> window.importBundle(bundle));
        Fx.waitUntil(120, () -> window.imports().lastReportProperty().get() != null && !session.importingProperty().get());

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT8).release(KeyCode.DIGIT8, KeyCode.CONTROL);
        AuditView view = window.auditView();
        Fx.waitUntil(30, () -> window.currentView() == MainWindow.View.AUDIT && !view.table().getItems().isEmpty()
                && view.headField().getText().contains(":"));
        List<String> actions = Fx.get(() -> view.table().getItems().stream().map(AuditEntry::action).toList());
        assertEquals("import_completed", actions.get(0), "newest first");
        assertTrue(actions.containsAll(List.of("case_created", "import_started")), actions.toString());
        assertTrue(Fx.get(() -> view.stateLabel().getText()).contains("Chain intact; every head recorded in case.db"),
                Fx.get(() -> view.stateLabel().getText()));
        long newest = Fx.get(() -> view.table().getItems().get(0).seq());
        assertTrue(Fx.get(() -> view.headField().getText()).startsWith(newest + ":"));

        Fx.run(() -> view.actionFilter().setValue("import_started"));
        assertEquals(List.of("import_started"), Fx.get(() -> view.table().getItems().stream().map(AuditEntry::action).distinct().toList()));
        Fx.run(() -> view.fromFilter().setValue(LocalDate.now(java.time.ZoneOffset.UTC).plusDays(2)));
        assertTrue(Fx.get(() -> view.table().getItems().isEmpty()), "nothing was logged after today");
        Fx.run(() -> {
            view.fromFilter().setValue(null);
            view.actionFilter().setValue(AuditView.ALL);
        });
        assertEquals(actions.size(), (int) Fx.get(() -> view.table().getItems().size()));

        VerifyTask ok = Fx.get(() -> window.verifyCase());
        Fx.waitUntil(60, () -> ok.isDone() && !view.verifying());
        assertTrue(Fx.get(() -> view.verifyResult().getText()).startsWith("Verified: nothing altered"), Fx.get(() -> view.verifyResult().getText()));
        Fx.waitUntil(30, () -> !view.table().getItems().isEmpty() && "case_verified".equals(view.table().getItems().get(0).action()));

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("case.db")); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM requests WHERE request_id = '" + UiFixtureBundle.KREBS_ID + "'");
        }
        robot.clickOn("#verifyCase");
        Fx.waitUntil(60, () -> !view.verifying() && view.verifyResult().getText().startsWith("FAILED"));
        assertFalse(Fx.get(() -> window.statusText()).contains("nothing altered"));
        Fx.waitUntil(30, () -> view.findings().getItems().stream()
                .anyMatch(l -> l.contains("record_deleted") && l.contains(UiFixtureBundle.KREBS_ID)));
    }
}
