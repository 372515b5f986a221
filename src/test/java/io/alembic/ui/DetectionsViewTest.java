package io.alembic.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.alembic.casefile.SearchHit;
import io.alembic.casefile.SearchQuery;
import io.alembic.detect.AccountResult;
import io.alembic.detect.Finding;
import io.alembic.sample.Corpora;
import io.alembic.sample.SampleGenerator;
import io.alembic.sample.SampleSpec;
import javafx.concurrent.Task;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableRow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Detection through the GUI on a generated bundle: run it in the background, read the ranking against the
 * generator's labels, open a finding's evidence in Search, tag a finding's account (and undo), click an account in
 * the cluster graph, and reopen the case to find the stored results.
 */
class DetectionsViewTest extends WindowTestBase {
    @Start
    void start(Stage stage) { open(stage); }


    @TempDir
    static Path tmp;


    @Override
    void size(Stage stage) {
        stage.setWidth(1400);
        stage.setHeight(880);
    }

    @Test
    void detectExplainOpenEvidenceTagAndReopen(FxRobot robot) throws Exception {
        Path bundle = new SampleGenerator(Corpora.locate(), new SampleSpec(11, 40, 12_000, true, 0, 4_000))
                .generate(tmp, "detect");
        Set<String> distillers = distillers(tmp.resolve("detect.labels.json"));
        Path folder = tmp.resolve("case");
        Fx.run(() -> window.openCase(folder));
        Fx.waitUntil(30, () -> session.isOpen());
        Fx.run(() -> window.importBundle(bundle));
        Fx.waitUntil(300, () -> window.imports().lastReportProperty().get() != null
                || window.imports().lastErrorProperty().get() != null);
        Fx.waitUntil(30, () -> !session.importingProperty().get());
        assertNotNull(Fx.get(() -> window.imports().lastReportProperty().get()));

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT6).release(KeyCode.DIGIT6, KeyCode.CONTROL);
        assertEquals(MainWindow.View.DETECTIONS, Fx.get(() -> window.currentView()));
        DetectionsView dv = window.detectionsView();
        assertTrue(Fx.get(() -> dv.table().getItems().isEmpty()));

        // Run then Cancel before the run starts: the case polls its cancel token every 10,000 requests, so with
        // 12,000 this stops for certain, and nothing is stored
        Fx.run(() -> {
            ((javafx.scene.control.Button) dv.lookup("#runDetection")).fire();
            ((javafx.scene.control.Button) dv.lookup("#cancelDetection")).fire();
        });
        Fx.waitUntil(120, () -> window.detections().runningProperty().get() == null
                && window.statusText().contains("cancelled"));
        assertTrue(Fx.get(() -> dv.table().getItems().isEmpty() && window.detections().report() == null));
        assertTrue(Fx.get(() -> !dv.lookup("#runDetection").isDisabled()));
        robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        Fx.waitUntil(10, () -> window.detections().runningProperty().get() != null || window.detections().report() != null);
        Fx.waitUntil(300, () -> window.detections().runningProperty().get() == null && !dv.table().getItems().isEmpty());

        // the distillers lead the ranking
        List<AccountResult> ranked = Fx.get(() -> List.copyOf(dv.table().getItems()));
        List<String> top = ranked.stream().limit(distillers.size()).map(AccountResult::accountId).toList();
        long hits = top.stream().filter(distillers::contains).count();
        assertTrue(distillers.contains(ranked.get(0).accountId()), () -> "top account is benign: " + ranked.get(0));
        assertTrue(hits >= Math.ceil(0.9 * distillers.size()), () -> "top " + top + " vs distillers " + distillers);
        assertTrue(Fx.get(() -> dv.summary().getText()).contains("flagged"));

        // the top account's strongest finding with evidence: double-click its evidence → those records in Search
        AccountResult first = ranked.get(0);
        TableRow<?> row = Fx.get(() -> robot.lookup("#rankedAccounts .table-row-cell")
                .match((TableRow<?> r) -> r.getItem() == first).queryAs(TableRow.class));
        robot.clickOn(row);
        Fx.waitUntil(10, () -> !dv.findings().table().getItems().isEmpty());
        Finding finding = Fx.get(() -> dv.findings().table().getItems().stream()
                .filter(f -> !f.evidenceSample().isEmpty()).findFirst().orElseThrow());
        Fx.run(() -> dv.findings().table().getSelectionModel().select(finding));
        Fx.waitUntil(10, () -> dv.findings().evidence().getItems().equals(finding.evidenceSample()));
        ListCell<?> cell = Fx.get(() -> robot.lookup("#evidenceList .list-cell")
                .match((ListCell<?> c) -> finding.evidenceSample().get(0).equals(c.getItem())).queryAs(ListCell.class));
        robot.doubleClickOn(cell, MouseButton.PRIMARY);
        Set<String> evidence = new HashSet<>(finding.evidenceSample());
        Fx.waitUntil(60, () -> window.currentView() == MainWindow.View.SEARCH && window.searchView().lastResults() != null
                && window.searchView().lastResults().total() == evidence.size()
                && window.searchView().table().getItems().stream().allMatch(h -> evidence.contains(h.requestId())));

        // one click tags the finding's account with the matching pattern tag; tag:NAME then finds its records
        String tag = PatternTags.forDetector(finding.detector());
        long records = count("account:\"" + first.accountId() + "\"");
        assertTrue(records > 0);
        Fx.run(() -> window.showView(MainWindow.View.DETECTIONS));
        robot.clickOn("#tagFinding");
        Fx.waitUntil(30, () -> window.statusText().startsWith("Tagged"));
        assertEquals(records, count("tag:" + tag));
        Fx.run(() -> window.searchQuery("tag:" + tag));
        Fx.waitUntil(60, () -> ("tag:" + tag).equals(window.searchView().bar().queryField.getText())
                && window.searchView().lastResults() != null && window.searchView().lastResults().total() == records
                && window.searchView().table().getItems().stream().map(SearchHit::accountId).allMatch(first.accountId()::equals));
        // Ctrl+Z from the Detections view (in the search box it would undo typing)
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT6).release(KeyCode.DIGIT6, KeyCode.CONTROL);
        robot.clickOn("#findingsTable");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        Fx.waitUntil(30, () -> window.statusText().startsWith("Undid"));
        assertEquals(0, count("tag:" + tag));

        clickAClusterNode(robot, ranked);

        // reopening the case shows the stored report, same ranking
        Fx.run(() -> window.openCase(folder));
        Fx.waitUntil(30, () -> session.isOpen() && window.detections().report() != null);
        Fx.waitUntil(30, () -> dv.table().getItems().size() == ranked.size());
        assertEquals(ranked.stream().map(AccountResult::accountId).toList(),
                Fx.get(() -> dv.table().getItems().stream().map(AccountResult::accountId).toList()));
        assertTrue(Fx.get(() -> !dv.summary().getText().contains("changed")));

        // importing more evidence marks the shown results as out of date
        Path more = UiFixtureBundle.write(tmp.resolve("more-bundle"), 5);
        Fx.run(() -> window.importBundle(more));
        Fx.waitUntil(120, () -> !session.importingProperty().get() && dv.summary().getText().contains("changed since this run"));
    }

    /**
     * On real detection output: a click on a node selects the account (Detections follows) and shows its campaign's
     * reasons beside the graph; a double-click opens Detections, whose campaign tab names the same campaign; Ctrl+G
     * goes back to the cluster. The campaign finding lifting a member is listed like any other finding.
     */
    private void clickAClusterNode(FxRobot robot, List<AccountResult> ranked) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT7).release(KeyCode.DIGIT7, KeyCode.CONTROL);
        assertEquals(MainWindow.View.CLUSTERS, Fx.get(() -> window.currentView()));
        AccountResult linked = ranked.stream().filter(a -> a.cluster() != null).reduce((a, b) -> b).orElse(null);
        if (linked == null) return; // a population without linked accounts draws no graph
        ClustersView cv = window.clustersView();
        ClusterCanvas canvas = cv.canvas();
        Fx.waitUntil(30, () -> cv.ready() && canvas.getWidth() > 0);
        Fx.run(() -> cv.reveal(linked.cluster()));
        // a big cluster draws only its highest-scoring members: click one that is drawn
        String member = Fx.get(() -> {
            List<String> drawn = canvas.sketch(linked.cluster()).drawn();
            return drawn.get(drawn.size() - 1);
        });
        Fx.waitUntil(10, () -> canvas.positionOf(member) != null);
        io.alembic.detect.cluster.Cluster cluster = Fx.get(() -> window.detections().cluster(linked.cluster()));
        robot.clickOn(Fx.get(() -> canvas.localToScreen(canvas.positionOf(member))));
        Fx.waitUntil(10, () -> member.equals(window.detectionsView().selectedAccount())
                && linked.cluster().equals(window.detections().selectedClusterProperty().get()));
        assertEquals(MainWindow.View.CLUSTERS, Fx.get(() -> window.currentView()));
        assertEquals(CampaignReasons.text(cluster), Fx.get(() -> cv.panel().reasons().getText()));
        assertTrue(cluster.reasons().get(cluster.reasons().size() - 1).startsWith("campaign score"), cluster.reasons()::toString);
        assertEquals(cluster.links().size(), Fx.get(() -> cv.panel().links().getItems().size()));

        robot.doubleClickOn(Fx.get(() -> canvas.localToScreen(canvas.positionOf(member))), MouseButton.PRIMARY);
        Fx.waitUntil(10, () -> window.currentView() == MainWindow.View.DETECTIONS
                && member.equals(window.detectionsView().selectedAccount()));
        FindingsPane fp = window.detectionsView().findings();
        assertEquals(CampaignSection.title(cluster), Fx.get(() -> fp.tabs().getTabs().get(1).getText()));
        assertEquals(CampaignReasons.text(cluster), Fx.get(() -> fp.campaign().reasons().getText()));
        robot.clickOn("#findingsTable");
        robot.press(KeyCode.CONTROL, KeyCode.G).release(KeyCode.G, KeyCode.CONTROL);
        Fx.waitUntil(10, () -> window.currentView() == MainWindow.View.CLUSTERS && canvas.positionOf(member) != null);

        // a member of a flagged campaign: the campaign finding is listed and explained like any other
        AccountResult lifted = ranked.stream().filter(a -> a.findings().stream().anyMatch(f -> f.detector().equals("campaign")))
                .findFirst().orElseThrow(() -> new AssertionError("no flagged campaign in this population"));
        Fx.run(() -> {
            window.showView(MainWindow.View.DETECTIONS);
            window.detectionsView().table().select(lifted.accountId());
        });
        Finding lift = Fx.get(() -> fp.table().getItems().stream().filter(f -> f.detector().equals("campaign")).findFirst().orElse(null));
        assertNotNull(lift);
        assertTrue(lift.explanation().startsWith("member of campaign " + lifted.cluster()), lift::explanation);
        assertEquals(lift.explanation(), Fx.get(() -> fp.table().getColumns().get(2).getCellData(lift)));
        assertTrue(Fx.get(() -> fp.tabs().getTabs().get(1).getText()).endsWith("FLAGGED"));
    }

    private long count(String query) throws Exception {
        Task<Long> t = Fx.get(() -> session.query(c -> c.search(SearchQuery.of(query, 1)).total()));
        return t.get(60, TimeUnit.SECONDS);
    }

    static Set<String> distillers(Path labels) throws java.io.IOException {
        Set<String> out = new HashSet<>();
        JsonNode accounts = new ObjectMapper().readTree(labels.toFile()).get("accounts");
        accounts.fields().forEachRemaining(e -> {
            // an account the generator planned but gave no traffic cannot be ranked
            if ("distiller".equals(e.getValue().path("label").asText()) && e.getValue().path("records").asLong() > 0) {
                out.add(e.getKey());
            }
        });
        return out;
    }
}
