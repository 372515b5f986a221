package io.alembic.ui;

import io.alembic.casefile.SearchHit;
import io.alembic.store.AccountSummary;
import javafx.scene.Node;
import javafx.scene.control.TableRow;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Timeline from the accounts table, brush a range, tag what it lists, reopen the case and find the tags again. */
class TimelineTagsTest extends WindowTestBase {
    @Start
    void start(Stage stage) { open(stage); }

    private static final int EXTRA = 40;


    @TempDir
    static Path tmp;


    /** The fixture's acct_beta requests on 2026-01-01 .. 2026-01-10 (see UiFixtureBundle.write). */
    private static Set<String> betaEarlyJanuary() {
        Set<String> ids = new TreeSet<>();
        for (int i = 0; i < EXTRA; i++) {
            if (i % 3 == 1 && 1 + i % 28 <= 10) ids.add(String.format(Locale.ROOT, "req_%06d", i));
        }
        return ids;
    }

    private Path openAndImport(String name) throws Exception {
        Path bundle = UiFixtureBundle.write(tmp.resolve(name + "-bundle"), EXTRA);
        Path folder = tmp.resolve(name + "-case");
        Fx.run(() -> window.openCase(folder));
        Fx.waitUntil(30, () -> session.isOpen());
        Fx.run(() -> window.importBundle(bundle));
        Fx.waitUntil(120, () -> window.imports().lastReportProperty().get() != null
                || window.imports().lastErrorProperty().get() != null);
        Fx.waitUntil(30, () -> !session.importingProperty().get());
        return folder;
    }

    @Test
    void brushTagReopenAndFindTags(FxRobot robot) throws Exception {
        Path folder = openAndImport("brush");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        Fx.waitUntil(30, () -> window.accountsView().table().getItems().size() == UiFixtureBundle.ACCOUNTS.size());
        TableRow<?> beta = Fx.get(() -> robot.lookup("#accountsTable .table-row-cell")
                .match((TableRow<?> r) -> r.getItem() instanceof AccountSummary a && a.accountId().equals("acct_beta"))
                .queryAs(TableRow.class));
        robot.clickOn(beta);
        robot.clickOn("#accountTimelineButton");

        TimelineView tv = window.timelineView();
        Fx.waitUntil(30, () -> window.currentView() == MainWindow.View.TIMELINE && tv.full() != null
                && tv.records.lastResults() != null);
        long betaRecords = Fx.get(() -> window.accountsView().table().getItems().stream()
                .filter(a -> a.accountId().equals("acct_beta")).findFirst().orElseThrow().records());
        assertEquals(betaRecords, Fx.get(() -> tv.full().requests()));
        assertEquals(betaRecords, Fx.get(() -> tv.records.lastResults().total()));

        // zoom with the button, pan with the keyboard
        long span = Fx.get(() -> tv.activity.viewTo() - tv.activity.viewFrom());
        robot.clickOn("#zoomIn");
        assertTrue(Fx.get(() -> tv.activity.viewTo() - tv.activity.viewFrom()) < span);
        long left = Fx.get(() -> tv.activity.viewFrom());
        robot.clickOn("#activityChart").type(KeyCode.RIGHT);
        assertTrue(Fx.get(() -> tv.activity.viewFrom()) > left);
        Fx.run(tv::fit);

        long from = Instant.parse("2026-01-01T00:00:00Z").toEpochMilli();
        long to = Instant.parse("2026-01-10T23:59:59.999Z").toEpochMilli();
        Fx.run(() -> tv.activity.brush(from, to));
        Set<String> expected = betaEarlyJanuary();
        Fx.waitUntil(30, () -> tv.records.lastResults() != null && tv.records.rangeFrom() == from
                && tv.records.lastResults().total() == expected.size());
        assertEquals(expected, Fx.get(() -> tv.records.table().getItems().stream().map(SearchHit::requestId)
                .collect(Collectors.toCollection(TreeSet::new))));

        robot.clickOn("#tagRange");
        Fx.waitUntil(30, () -> window.marks().lastDialog() instanceof TagDialog d && d.isShowing());
        TagDialog dialog = (TagDialog) Fx.get(() -> window.marks().lastDialog());
        assertTrue(Fx.get(() -> dialog.select("cot-harvest")));
        robot.clickOn((Node) Fx.get(() -> dialog.getDialogPane().lookupButton(TagDialog.TAG)));
        Fx.waitUntil(30, () -> tv.records.table().getItems().stream()
                .allMatch(h -> tv.records.table().tagIndex().forRecord(h.requestId(), h.accountId()).contains("cot-harvest")));
        Fx.waitUntil(30, () -> tv.activity.markers().size() == expected.size());

        Fx.run(window::closeCase);
        Fx.waitUntil(30, () -> !session.isOpen());
        Fx.run(() -> window.openCase(folder));
        Fx.waitUntil(30, () -> session.isOpen());
        Fx.run(() -> window.searchView().runQuery("tag:cot-harvest"));
        Fx.waitUntil(30, () -> window.searchView().lastResults() != null
                && window.searchView().lastResults().total() == expected.size());
        assertEquals(expected, Fx.get(() -> window.searchView().table().getItems().stream().map(SearchHit::requestId)
                .collect(Collectors.toCollection(TreeSet::new))));
        Fx.waitUntil(30, () -> window.searchView().table().tagIndex().forRecord(expected.iterator().next(), "acct_beta")
                .contains("cot-harvest"));
        Fx.run(() -> window.searchView().table().getSelectionModel().select(0));
        Fx.waitUntil(30, () -> window.searchView().detail().shownTags().contains("cot-harvest"));
        assertTrue(Fx.get(() -> robot.lookup("#resultsTable .tag-chip").tryQuery().isPresent()));
    }

    @Test
    void ctrlZUndoesTheLastTagging(FxRobot robot) throws Exception {
        openAndImport("undo");
        Fx.run(() -> window.showView(MainWindow.View.SEARCH));
        Fx.run(() -> window.searchView().runQuery("krebs"));
        Fx.waitUntil(30, () -> window.searchView().table().getItems().size() == 1);
        Fx.run(() -> window.marks().applyTag("benign-confirmed",
                java.util.List.of(io.alembic.store.Target.record(UiFixtureBundle.KREBS_ID)), "checked by hand"));
        Fx.waitUntil(30, () -> window.searchView().table().tagIndex()
                .forRecord(UiFixtureBundle.KREBS_ID, "acct_alpha").contains("benign-confirmed"));
        robot.clickOn("#resultsTable");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        Fx.waitUntil(30, () -> window.searchView().table().tagIndex().forRecord(UiFixtureBundle.KREBS_ID, "acct_alpha").isEmpty());
        assertFalse(session.currentCase().tagsOn(io.alembic.store.Target.record(UiFixtureBundle.KREBS_ID)).stream()
                .anyMatch(a -> a.live()));
        assertNotNull(Fx.get(() -> window.stage().getScene()));
    }
}
