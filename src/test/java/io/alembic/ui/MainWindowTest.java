package io.alembic.ui;

import io.alembic.casefile.ImportReport;
import io.alembic.casefile.SearchHit;
import io.alembic.store.AccountSummary;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Drives the real main window against a real case: import, search, detail, accounts, quarantine. */
class MainWindowTest extends WindowTestBase {
    @Start
    void start(Stage stage) { open(stage); }

    private static final int EXTRA = 40;
    private static final AtomicInteger RUN = new AtomicInteger();


    @TempDir
    static Path tmp;


    private Path fresh(String name) {
        return tmp.resolve(name + "-" + RUN.incrementAndGet());
    }

    /** Opens a new case and imports the test bundle through the window's import entry point. */
    private ImportReport openAndImport(FxRobot robot) throws Exception {
        Path bundle = UiFixtureBundle.write(fresh("bundle"), EXTRA);
        Fx.run(() -> window.openCase(fresh("case")));
        Fx.waitUntil(30, () -> session.isOpen());
        Fx.run(() -> window.importBundle(bundle));
        Fx.waitUntil(120, () -> window.imports().lastReportProperty().get() != null
                || window.imports().lastErrorProperty().get() != null);
        Throwable error = Fx.get(() -> window.imports().lastErrorProperty().get());
        if (error != null) throw new AssertionError("import failed", error);
        Fx.waitUntil(30, () -> !session.importingProperty().get());
        return Fx.get(() -> window.imports().lastReportProperty().get());
    }

    private void search(FxRobot robot, String query) {
        robot.clickOn("#searchBox");
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.eraseText(1);
        robot.write(query);
        robot.type(KeyCode.ENTER);
    }

    @Test
    void showsEmptyStateUntilACaseIsOpen(FxRobot robot) {
        assertTrue(Fx.get(() -> robot.lookup("#emptyState").query().isVisible()));
        assertFalse(Fx.get(() -> robot.lookup("#mainTabs").query().isVisible()));
        String hint = Fx.get(() -> robot.lookup("#emptyHint").queryAs(Label.class).getText());
        assertTrue(hint.contains("Ctrl+O") && hint.contains("Ctrl+I"), hint);
        assertEquals("Alembic", Fx.get(() -> window.stage().getTitle()));
    }

    @Test
    void importThenSearchShowsConversationOfSelectedHit(FxRobot robot) throws Exception {
        ImportReport report = openAndImport(robot);
        assertEquals(UiFixtureBundle.validRecords(EXTRA), report.recordsImported());
        assertEquals(UiFixtureBundle.BAD_LINES, report.recordsQuarantined());
        assertTrue(Fx.get(() -> window.stage().getTitle()).startsWith("Alembic — "));
        Fx.waitUntil(30, () -> window.searchView().table().getItems().size() == UiFixtureBundle.validRecords(EXTRA));

        search(robot, "krebs");
        Fx.waitUntil(30, () -> window.searchView().table().getItems().size() == 1);
        SearchHit hit = Fx.get(() -> window.searchView().table().getItems().get(0));
        assertEquals(UiFixtureBundle.KREBS_ID, hit.requestId());
        assertTrue(hit.snippet().toLowerCase().contains("[[krebs]]"), hit.snippet());
        String hits = Fx.get(() -> robot.lookup("#hitsLabel").queryAs(Label.class).getText());
        assertTrue(hits.contains("1 hits") || hits.contains("1 of 1"), hits);

        TableRow<?> row = Fx.get(() -> robot.lookup("#resultsTable .table-row-cell")
                .match((TableRow<?> r) -> r.getItem() instanceof SearchHit h && h.requestId().equals(UiFixtureBundle.KREBS_ID))
                .queryAs(TableRow.class));
        robot.clickOn(row);
        Fx.waitUntil(30, () -> UiFixtureBundle.KREBS_ID.equals(window.searchView().detail().shownRequestId()));
        String conversation = Fx.get(() -> window.searchView().detail().conversationText());
        assertTrue(conversation.contains(UiFixtureBundle.KREBS_PROMPT), conversation);
        assertTrue(conversation.contains(UiFixtureBundle.KREBS_SYSTEM), conversation);
        assertTrue(conversation.contains(UiFixtureBundle.KREBS_RESPONSE), conversation);
        assertTrue(Fx.get(() -> robot.lookup(".msg-user").tryQuery().isPresent()));
        assertTrue(Fx.get(() -> robot.lookup(".msg-system").tryQuery().isPresent()));
        String raw = Fx.get(() -> robot.lookup("#rawJson").queryTextInputControl().getText());
        assertTrue(raw.contains("\n  \"request_id\" : \"" + UiFixtureBundle.KREBS_ID + "\""), raw);
    }

    @Test
    void accountsAndQuarantineFillAndDoubleClickFiltersSearch(FxRobot robot) throws Exception {
        openAndImport(robot);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        assertEquals(MainWindow.View.ACCOUNTS, Fx.get(() -> window.currentView()));
        Fx.waitUntil(30, () -> window.accountsView().table().getItems().size() == UiFixtureBundle.ACCOUNTS.size());
        List<String> ids = Fx.get(() -> window.accountsView().table().getItems().stream()
                .map(AccountSummary::accountId).sorted().toList());
        assertEquals(UiFixtureBundle.ACCOUNTS, ids);
        long total = Fx.get(() -> window.accountsView().table().getItems().stream().mapToLong(AccountSummary::records).sum());
        assertEquals(UiFixtureBundle.validRecords(EXTRA), total);

        TableRow<?> betaRow = Fx.get(() -> robot.lookup("#accountsTable .table-row-cell")
                .match((TableRow<?> r) -> r.getItem() instanceof AccountSummary a && a.accountId().equals("acct_beta"))
                .queryAs(TableRow.class));
        robot.doubleClickOn(betaRow);
        Fx.waitUntil(10, () -> window.currentView() == MainWindow.View.SEARCH);
        Fx.waitUntil(30, () -> !window.searchView().table().getItems().isEmpty()
                && window.searchView().table().getItems().stream().allMatch(h -> h.accountId().equals("acct_beta")));

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        assertEquals(MainWindow.View.QUARANTINE, Fx.get(() -> window.currentView()));
        Fx.waitUntil(30, () -> window.quarantineView().table().getItems().size() == UiFixtureBundle.BAD_LINES);
        assertTrue(Fx.get(() -> window.quarantineView().table().getItems().stream()
                .anyMatch(q -> q.content().contains("this is not json") && q.file().contains("part-00001"))));
    }

    @Test
    void badQuerySyntaxIsShownInlineAndFacetClickFilters(FxRobot robot) throws Exception {
        openAndImport(robot);
        search(robot, "prompt:(unclosed AND");
        Fx.waitUntil(30, () -> robot.lookup("#queryError").query().isVisible());
        String error = Fx.get(() -> robot.lookup("#queryError").queryAs(Label.class).getText());
        assertTrue(error.startsWith("Query error"), error);

        search(robot, "");
        Fx.waitUntil(30, () -> window.searchView().table().getItems().size() == UiFixtureBundle.validRecords(EXTRA));
        assertFalse(Fx.get(() -> robot.lookup("#queryError").query().isVisible()));

        Hyperlink sg = Fx.get(() -> robot.lookup("#facet-country .facet-link")
                .match((Hyperlink h) -> h.getText().equals("SG")).queryAs(Hyperlink.class));
        robot.clickOn(sg);
        Fx.waitUntil(30, () -> window.searchView().lastResults() != null
                && window.searchView().lastResults().facets().get("country").keySet().equals(java.util.Set.of("SG")));
        Hyperlink alpha = Fx.get(() -> robot.lookup("#facet-account .facet-link")
                .match((Hyperlink h) -> h.getText().equals("acct_alpha")).queryAs(Hyperlink.class));
        robot.clickOn(alpha);
        Fx.waitUntil(30, () -> "acct_alpha".equals(window.searchView().bar().account.getEditor().getText())
                && window.searchView().table().getItems().stream().allMatch(h -> h.accountId().equals("acct_alpha")));
    }

    @Test
    void verificationFailureOffersImportAnyway(FxRobot robot) throws Exception {
        Path bundle = UiFixtureBundle.write(fresh("tampered"), 10);
        UiFixtureBundle.tamper(bundle);
        Fx.run(() -> window.openCase(fresh("case")));
        Fx.waitUntil(30, () -> session.isOpen());
        Fx.run(() -> window.importBundle(bundle));
        Fx.waitUntil(60, () -> robot.lookup("#verificationDialog").tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#verificationDialog").queryAs(DialogPane.class);
        assertTrue(Fx.get(dialog::getContentText).contains(bundle.toString()));
        Button anyway = (Button) Fx.get(() -> dialog.lookupButton(ImportController.IMPORT_ANYWAY));
        assertNotNull(anyway);
        robot.clickOn(anyway);
        Fx.waitUntil(60, () -> window.imports().lastReportProperty().get() != null);
        assertTrue(Fx.get(() -> window.imports().lastReportProperty().get().acceptedMismatch()));
        Fx.waitUntil(30, () -> window.searchView().table().getItems().size() == UiFixtureBundle.validRecords(10));
    }

    @Test
    void cancelledImportLeavesCaseConsistentAndReimportCompletes(FxRobot robot) throws Exception {
        int extra = 6000;
        Path bundle = UiFixtureBundle.write(fresh("big"), extra);
        Fx.run(() -> window.openCase(fresh("case")));
        Fx.waitUntil(30, () -> session.isOpen());
        ImportTask task = Fx.get(() -> window.importBundle(bundle));
        Fx.waitUntil(60, () -> task.getWorkDone() > 0 || task.isDone());
        if (Fx.get(() -> !task.isDone() && robot.lookup("#importCancel").query().isVisible())) {
            robot.clickOn("#importCancel");
        }
        Fx.waitUntil(120, () -> task.isDone() && !session.importingProperty().get());
        Fx.waitUntil(30, () -> !robot.lookup("#importProgress").query().isVisible());
        Throwable error = Fx.get(() -> window.imports().lastErrorProperty().get());
        assertTrue(error == null || error instanceof io.alembic.casefile.ImportCancelledException, String.valueOf(error));
        // whatever got committed is stored, searchable and counted the same way
        long countAfterCancel = session.currentCase().recordCount();
        Fx.waitUntil(30, () -> window.searchView().lastResults() != null
                && window.searchView().lastResults().total() == countAfterCancel);

        Fx.run(() -> window.importBundle(bundle));
        Fx.waitUntil(180, () -> window.imports().lastReportProperty().get() != null && !session.importingProperty().get());
        assertEquals(UiFixtureBundle.validRecords(extra), session.currentCase().recordCount());
        assertTrue(Files.isDirectory(session.folderProperty().get()));
    }
}
