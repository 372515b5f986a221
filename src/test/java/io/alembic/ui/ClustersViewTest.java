package io.alembic.ui;

import io.alembic.detect.AccountResult;
import io.alembic.detect.DetectionReport;
import io.alembic.detect.cluster.Cluster;
import io.alembic.detect.cluster.Link;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.shape.Line;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Clusters view on reports built by hand: campaigns ordered and captioned, a cluster's reasons and links beside
 * the graph, the legend, the jump from an account to its cluster, and a 3,000-account fleet drawn as a summary.
 */
class ClustersViewTest extends WindowTestBase {
    @Start
    void start(Stage stage) { open(stage); }

    @TempDir
    Path tmp;

    @Override
    void size(Stage stage) {
        stage.setWidth(1400);
        stage.setHeight(880);
    }

    /** An empty case (the views show only while one is open), then {@code r} as the shown report. */
    private void show(DetectionReport r) {
        if (!Fx.get(() -> session.isOpen())) {
            Fx.run(() -> window.openCase(tmp.resolve("case")));
            Fx.waitUntil(30, () -> session.isOpen());
        }
        Fx.run(() -> window.detections().show(r));
        Fx.waitUntil(30, () -> window.clustersView().ready() && window.detectionsView().table().getItems().size() == r.accounts().size());
    }

    private void clickAt(FxRobot robot, Point2D local, MouseButton... b) {
        ClusterCanvas canvas = window.clustersView().canvas();
        robot.clickOn(Fx.get(() -> canvas.localToScreen(local)), b);
    }

    @Test
    void selectingAClusterShowsItsReasonsAndSortableLinks(FxRobot robot) {
        DetectionReport r = SyntheticReports.small();
        show(r);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT7).release(KeyCode.DIGIT7, KeyCode.CONTROL);
        ClustersView cv = window.clustersView();
        ClusterCanvas canvas = cv.canvas();
        Fx.waitUntil(10, () -> canvas.getWidth() > 0 && canvas.drawnClusters().size() == 3);
        // flagged campaigns first, then by score
        assertEquals(List.of("k2", "k3", "k1"), Fx.get(canvas::drawnClusters));
        assertTrue(Fx.get(() -> cv.lookup("#clustersInfo") instanceof Label l && l.getText().contains("1 flagged campaign")));

        // a click on the cell (not on a node) selects the cluster: its reasons and links beside the graph
        Cluster k3 = cluster(r, "k3");
        clickAt(robot, Fx.get(() -> canvas.captionOf("k3")));
        Fx.waitUntil(10, () -> "k3".equals(window.detections().selectedClusterProperty().get()));
        assertEquals(CampaignReasons.text(k3), Fx.get(() -> cv.panel().reasons().getText()));
        for (String reason : k3.reasons()) assertTrue(Fx.get(() -> cv.panel().reasons().getText()).contains(reason));
        assertTrue(Fx.get(() -> !cv.panel().reasons().isEditable() && cv.panel().reasons().isWrapText()));
        assertTrue(Fx.get(() -> cv.panel().title().getText()).contains("k3 — score 0.62, not flagged"));
        // the text can be selected and copied as a whole
        Fx.run(() -> cv.panel().reasons().selectAll());
        assertEquals(CampaignReasons.text(k3), Fx.get(() -> cv.panel().reasons().getSelectedText()));
        List<Link> rows = Fx.get(() -> List.copyOf(cv.panel().links().getItems()));
        assertEquals(new HashSet<>(k3.links()), new HashSet<>(rows));
        assertTrue(rows.get(0).strength() >= rows.get(rows.size() - 1).strength(), "strongest first");
        // sortable: members, ascending
        TableColumn<Link, ?> members = Fx.get(() -> cv.panel().links().getColumns().get(3));
        Fx.run(() -> {
            members.setSortType(TableColumn.SortType.ASCENDING);
            cv.panel().links().getSortOrder().setAll(List.of(members));
        });
        List<Integer> sizes = Fx.get(() -> cv.panel().links().getItems().stream().map(l -> l.accounts().size()).toList());
        assertEquals(sizes.stream().sorted().toList(), sizes);

        // a click on a node selects that account (Detections follows) and its cluster, staying here
        String member = cluster(r, "k1").accounts().get(1);
        clickAt(robot, Fx.get(() -> canvas.positionOf(member)));
        Fx.waitUntil(10, () -> member.equals(window.detectionsView().selectedAccount())
                && "k1".equals(window.detections().selectedClusterProperty().get()));
        assertEquals(MainWindow.View.CLUSTERS, Fx.get(() -> window.currentView()));
        assertTrue(Fx.get(() -> cv.panel().reasons().getText()).contains("cluster k1"));

        // arrows walk the clusters in display order
        robot.type(KeyCode.LEFT);
        Fx.waitUntil(10, () -> "k3".equals(window.detections().selectedClusterProperty().get()));

        // a double-click opens the account in Detections, whose campaign tab names the same campaign
        clickAt(robot, Fx.get(() -> canvas.positionOf(member)), MouseButton.PRIMARY);
        robot.doubleClickOn(Fx.get(() -> canvas.localToScreen(canvas.positionOf(member))), MouseButton.PRIMARY);
        Fx.waitUntil(10, () -> window.currentView() == MainWindow.View.DETECTIONS);
        FindingsPane fp = window.detectionsView().findings();
        assertEquals("Campaign k1 · 0.45", Fx.get(() -> fp.tabs().getTabs().get(1).getText()));
        assertEquals(CampaignReasons.text(cluster(r, "k1")), Fx.get(() -> fp.campaign().reasons().getText()));
    }

    @Test
    void legendHasTheLookOfEveryKindPresentAndNoOther() {
        DetectionReport r = SyntheticReports.everyKind();
        show(r);
        Fx.run(() -> window.showView(MainWindow.View.CLUSTERS));
        LinkLegend legend = window.clustersView().legend();
        Set<String> present = new TreeSet<>();
        for (Cluster c : r.clusters()) for (Link l : c.links()) present.add(l.kind());
        assertEquals(present, new TreeSet<>(Fx.get(legend::kinds)));
        Set<Object> looks = new HashSet<>();
        for (Label item : Fx.get(legend::items)) {
            String kind = (String) item.getUserData();
            Line sample = (Line) item.getGraphic();
            assertEquals(LinkStyles.color(kind), Fx.get(sample::getStroke), kind);
            assertTrue(looks.add(List.of(Fx.get(sample::getStroke), Fx.get(() -> List.copyOf(sample.getStrokeDashArray())))),
                    kind + " looks like another kind in the legend");
        }
        // another report: only its kinds
        show(SyntheticReports.small());
        assertEquals(new TreeSet<>(Set.of("ip", "payment", "created", "coactivity", "setup", "fleet_group", "email_domain", "template")),
                new TreeSet<>(Fx.get(legend::kinds)));
    }

    @Test
    void jumpsFromTheSelectedAccountToItsCluster(FxRobot robot) {
        DetectionReport r = SyntheticReports.many(60);
        show(r);
        ClusterCanvas canvas = window.clustersView().canvas();
        // the last cluster in display order is below the fold
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT7).release(KeyCode.DIGIT7, KeyCode.CONTROL);
        Fx.waitUntil(10, () -> canvas.getWidth() > 0 && !canvas.drawnClusters().isEmpty());
        String last = Fx.get(() -> canvas.sketches().get(canvas.sketches().size() - 1).id());
        assertTrue(Fx.get(() -> !canvas.drawnClusters().contains(last)), "the grid scrolls");
        String account = cluster(r, last).accounts().get(0);

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT6).release(KeyCode.DIGIT6, KeyCode.CONTROL);
        Fx.run(() -> window.detectionsView().table().select(account));
        robot.clickOn("#findingsTable");
        robot.press(KeyCode.CONTROL, KeyCode.G).release(KeyCode.G, KeyCode.CONTROL);
        Fx.waitUntil(10, () -> window.currentView() == MainWindow.View.CLUSTERS
                && last.equals(window.detections().selectedClusterProperty().get()));
        Fx.waitUntil(10, () -> canvas.drawnClusters().contains(last) && canvas.positionOf(account) != null);
        assertEquals(CampaignReasons.text(cluster(r, last)), Fx.get(() -> window.clustersView().panel().reasons().getText()));

        // the campaign tab's button does the same
        String other = Fx.get(() -> canvas.sketches().get(0).id());
        String otherAccount = cluster(r, other).accounts().get(1);
        Fx.run(() -> {
            window.showView(MainWindow.View.DETECTIONS);
            window.detectionsView().table().select(otherAccount);
            window.detectionsView().findings().showCampaign();
        });
        robot.clickOn("#goToCluster");
        Fx.waitUntil(10, () -> window.currentView() == MainWindow.View.CLUSTERS
                && other.equals(window.detections().selectedClusterProperty().get()) && canvas.positionOf(otherAccount) != null);

        // an account in no cluster: nothing to jump to, and the status line says so
        Fx.run(() -> {
            window.showView(MainWindow.View.DETECTIONS);
            window.detectionsView().table().select("acct_solo1");
        });
        robot.clickOn("#findingsHeader");
        robot.press(KeyCode.CONTROL, KeyCode.G).release(KeyCode.G, KeyCode.CONTROL);
        Fx.waitUntil(10, () -> window.statusText().contains("acct_solo1 is in no cluster"));
        assertEquals(MainWindow.View.DETECTIONS, Fx.get(() -> window.currentView()));
        assertEquals("Campaign: none", Fx.get(() -> window.detectionsView().findings().tabs().getTabs().get(1).getText()));
    }

    @Test
    void aScrolledGridTakesAnEmptyReportWithoutDrawingStaleCells(FxRobot robot) {
        // found by bench gui on a 10M-record case: resetting the scroll redrew with the old grid and no clusters
        show(SyntheticReports.many(60));
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT7).release(KeyCode.DIGIT7, KeyCode.CONTROL);
        ClusterCanvas canvas = window.clustersView().canvas();
        Fx.waitUntil(10, () -> canvas.getWidth() > 0 && canvas.maxScrollProperty().get() > 0);
        Fx.run(() -> canvas.scrollProperty().set(canvas.maxScrollProperty().get()));
        List<String> drawn = Fx.get(() -> {
            canvas.setSketches(List.of(), Map.of());
            return canvas.drawnClusters();
        });
        assertTrue(drawn.isEmpty(), drawn.toString());
        assertEquals(0, Fx.get(() -> canvas.maxScrollProperty().get()), 1e-9);
    }

    @Test
    void aFleetOfThreeThousandAccountsIsDrawnAsASummary(FxRobot robot) {
        DetectionReport r = SyntheticReports.fleet(3000);
        show(r);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT7).release(KeyCode.DIGIT7, KeyCode.CONTROL);
        ClustersView cv = window.clustersView();
        ClusterCanvas canvas = cv.canvas();
        Fx.waitUntil(10, () -> canvas.getWidth() > 0 && canvas.drawnClusters().contains("k2"));
        assertEquals("k2", Fx.get(() -> canvas.drawnClusters().get(0)), "the flagged fleet comes first");
        // by structure: the fleet is drawn as at most MAX_NODES members and a hub, never as 3,000 nodes
        ClusterSketch fleet = Fx.get(() -> canvas.sketch("k2"));
        assertEquals(ClusterSketch.MAX_NODES, fleet.drawn().size());
        assertEquals(3000 - ClusterSketch.MAX_NODES, fleet.hidden());
        int n = ClusterSketch.MAX_NODES;
        assertTrue(fleet.edges().size() <= n * (n - 1) / 2, "edges only among drawn members");
        int drawnMembers = Fx.get(() -> (int) cluster(r, "k2").accounts().stream().filter(a -> canvas.positionOf(a) != null).count());
        assertEquals(n, drawnMembers);
        assertTrue(Fx.get(canvas::drawnNodes) <= n + 2 + 3);

        // selecting it shows its reasons and all its links (a virtualised table)
        clickAt(robot, Fx.get(() -> canvas.captionOf("k2")));
        Fx.waitUntil(10, () -> "k2".equals(window.detections().selectedClusterProperty().get()));
        assertEquals(cluster(r, "k2").links().size(), Fx.get(() -> cv.panel().links().getItems().size()));
        assertTrue(Fx.get(() -> cv.panel().title().getText()).contains("FLAGGED"));
        assertTrue(Fx.get(() -> ((Label) cv.lookup("#campaignFacts")).getText()).startsWith("3,000 accounts"));

        // a member not drawn: the Detections view still shows its campaign, and the ranked table its campaign score
        String hidden = Fx.get(() -> cluster(r, "k2").accounts().stream().filter(a -> canvas.positionOf(a) == null).findFirst().orElseThrow());
        Fx.run(() -> {
            window.showView(MainWindow.View.DETECTIONS);
            window.detectionsView().table().select(hidden);
        });
        AccountResult row = Fx.get(() -> window.detectionsView().table().getSelectionModel().getSelectedItem());
        assertEquals(hidden, row.accountId());
        TableColumn<AccountResult, ?> campaign = Fx.get(() -> window.detectionsView().table().getColumns().stream()
                .filter(c -> "Campaign".equals(c.getText())).findFirst().orElseThrow());
        assertEquals(0.97, ((Number) Fx.get(() -> campaign.getCellData(row))).doubleValue(), 1e-9);
        assertNull(Fx.get(() -> campaign.getCellData(window.detectionsView().table().getItems().stream()
                .filter(a -> a.cluster() == null).findFirst().orElse(null))));
        assertTrue(Fx.get(() -> window.detectionsView().findings().campaign().verdict().getText()).contains("one of 3,000 accounts"));
        Fx.run(() -> window.showClusterOf(hidden));
        Fx.waitUntil(10, () -> window.currentView() == MainWindow.View.CLUSTERS);
        assertNotNull(Fx.get(() -> canvas.captionOf("k2")));
    }

    private static Cluster cluster(DetectionReport r, String id) {
        return r.clusters().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }
}
