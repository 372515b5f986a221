package io.alembic.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.alembic.export.ExportScope;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Export… from the Search view: Ctrl+Shift+E opens the dialog on the current query's hits, the export runs in the
 * background (progress strip, then the status line) and writes exactly the hits; the audit trail shows the entry.
 */
class ExportDialogTest extends WindowTestBase {
    @Start
    void start(Stage stage) { open(stage); }

    @TempDir
    static Path tmp;

    @Test
    void exportsTheHitsOfTheCurrentSearch(FxRobot robot) throws Exception {
        Path bundle = UiFixtureBundle.write(tmp.resolve("bundle"), 30);
        Fx.run(() -> window.openCase(tmp.resolve("case")));
        Fx.waitUntil(30, () -> session.isOpen());
        Fx.run(() -> window.importBundle(bundle));
        Fx.waitUntil(120, () -> window.imports().lastReportProperty().get() != null && !session.importingProperty().get());

        robot.clickOn("#searchBox").write("krebs");
        robot.type(KeyCode.ENTER);
        Fx.waitUntil(60, () -> window.searchView().lastResults() != null && !window.searchView().table().getItems().isEmpty());
        long total = Fx.get(() -> window.searchView().lastResults().total());
        Set<String> hits = new TreeSet<>(Fx.get(() -> window.searchView().table().getItems().stream().map(h -> h.requestId()).toList()));
        assertEquals(total, hits.size());

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E).release(KeyCode.E, KeyCode.SHIFT, KeyCode.CONTROL);
        Fx.waitUntil(30, () -> window.exportDialog() != null && window.exportDialog().isShowing());
        ExportDialog dialog = Fx.get(() -> window.exportDialog());
        DialogPane pane = dialog.getDialogPane();
        assertEquals(ExportScope.Kind.QUERY, Fx.get(() -> dialog.request().scope().kind()), "Search suggests the query's hits");
        assertEquals("+(krebs)", Fx.get(() -> dialog.queryText.getText()), "the query with its filters, as Tag All Hits uses it");
        assertTrue(Fx.get(() -> dialog.file.getText()).endsWith("export.csv"));

        robot.clickOn("#exportJson");
        assertTrue(Fx.get(() -> dialog.file.getText()).endsWith("export.json"), "the name follows the format");
        Path out = tmp.resolve("out").resolve("krebs.json");
        Fx.run(() -> dialog.file.setText(out.toString()));
        robot.clickOn((javafx.scene.Node) Fx.get(() -> pane.lookupButton(ExportDialog.EXPORT)));

        Fx.waitUntil(60, () -> window.runningExport() == null && Files.exists(out) && window.statusText().startsWith("Exported"));
        assertTrue(Fx.get(() -> window.statusText()).contains("SHA-256"), Fx.get(() -> window.statusText()));
        JsonNode doc = new ObjectMapper().readTree(out.toFile());
        Set<String> exported = new TreeSet<>();
        for (JsonNode r : doc.get("records")) exported.add(r.get("request_id").asText());
        assertEquals(hits, exported);

        Fx.run(() -> window.showView(MainWindow.View.AUDIT));
        Fx.waitUntil(30, () -> !window.auditView().table().getItems().isEmpty()
                && "export_made".equals(window.auditView().table().getItems().get(0).action()));
        List<String> shortcuts = List.copyOf(Shortcuts.describe().keySet());
        assertTrue(shortcuts.contains(Shortcuts.EXPORT.getDisplayText()));
    }
}
