package io.alembic.ui;

import io.alembic.casefile.SearchHit;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The hits table stays usable with the largest result list the search asks for (100,000 rows). */
@ExtendWith(ApplicationExtension.class)
class ResultsTableTest {
    static {
        Fx.bigHeadlessScreen();
    }

    private ResultsTable table;

    @Start
    void start(Stage stage) {
        table = new ResultsTable();
        stage.setScene(new Scene(table, 1200, 600));
        stage.show();
    }

    @Test
    void handlesOneHundredThousandRowsWithSortAndScroll() {
        List<SearchHit> hits = new ArrayList<>(100_000);
        for (int i = 0; i < 100_000; i++) {
            String snippet = i < 200 ? "about [[distill]] number " + i : "plain prompt head " + i;
            hits.add(new SearchHit(String.format(Locale.ROOT, "req_%06d", i), "acct_" + (i % 97),
                    String.format(Locale.ROOT, "2026-01-%02dT%02d:00:00Z", 1 + i % 28, i % 24),
                    i % 2 == 0 ? "frontier-large" : "frontier-mini", i % 50 == 0 ? 429 : 200, null,
                    100_000 - i, snippet));
        }
        long t0 = System.nanoTime();
        Fx.run(() -> table.setHits(hits));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(100_000, Fx.get(() -> table.getItems().size()));

        Fx.run(() -> {
            @SuppressWarnings("unchecked")
            TableColumn<SearchHit, ?> account = table.getColumns().get(2);
            account.setSortType(TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(List.of(account));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("acct_96", Fx.get(() -> table.getItems().get(0).accountId()));
        Fx.run(() -> table.scrollTo(99_999));
        WaitForAsyncUtils.waitForFxEvents();
        Fx.run(() -> table.getSelectionModel().select(99_999));
        WaitForAsyncUtils.waitForFxEvents();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(ms < 15_000, "100k rows took " + ms + " ms");
        // only the visible rows are real nodes
        long cells = Fx.get(() -> (long) table.lookupAll(".table-row-cell").size());
        assertTrue(cells < 200, "row cells: " + cells);
    }
}
