package io.alembic.ui;

import io.alembic.casefile.SearchHit;
import io.alembic.sample.Corpora;
import io.alembic.sample.SampleGenerator;
import io.alembic.sample.SampleSpec;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.TableRow;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Walks every view with a generated sample bundle and saves a PNG of each: to target/screenshots by default, or to
 * the folder named by -Dalembic.screenshots=docs (how docs/*.png are refreshed).
 */
class ScreenshotTest extends WindowTestBase {
    @Start
    void start(Stage stage) { open(stage); }


    @TempDir
    static Path tmp;


    @Override
    void size(Stage stage) {
        stage.setWidth(1440);
        stage.setHeight(900);
    }

    @Test
    void everyViewRendersWithSampleData(FxRobot robot) throws Exception {
        Path out = Path.of(System.getProperty("alembic.screenshots", "target/screenshots"));
        Files.createDirectories(out);
        shoot(out.resolve("empty.png"));

        Path bundle = new SampleGenerator(Corpora.locate(), new SampleSpec(7, 40, 6_000, true, 12, 2_000))
                .generate(tmp, "screens");
        Fx.run(() -> window.openCase(tmp.resolve("case")));
        Fx.waitUntil(30, () -> session.isOpen());
        ImportTask task = Fx.get(() -> window.importBundle(bundle));
        Fx.waitUntil(120, () -> task.getWorkDone() > 0 || task.isDone());
        if (Fx.get(() -> !task.isDone())) shoot(out.resolve("import.png"));
        Fx.waitUntil(300, () -> task.isDone() && !session.importingProperty().get());
        assertTrue(Fx.get(() -> window.imports().lastReportProperty().get() != null),
                () -> String.valueOf(Fx.get(() -> window.imports().lastErrorProperty().get())));

        robot.clickOn("#searchBox").write("explain step");
        robot.type(KeyCode.ENTER);
        Fx.waitUntil(60, () -> window.searchView().lastResults() != null
                && !window.searchView().table().getItems().isEmpty()
                && window.searchView().table().getItems().get(0).snippet().contains("[["));
        SearchHit first = Fx.get(() -> window.searchView().table().getItems().get(0));
        TableRow<?> row = Fx.get(() -> robot.lookup("#resultsTable .table-row-cell")
                .match((TableRow<?> r) -> r.getItem() == first).queryAs(TableRow.class));
        robot.clickOn(row);
        Fx.waitUntil(30, () -> first.requestId().equals(window.searchView().detail().shownRequestId()));
        shoot(out.resolve("search.png"));

        Fx.run(() -> window.showView(MainWindow.View.ACCOUNTS));
        Fx.waitUntil(30, () -> !window.accountsView().table().getItems().isEmpty());
        shoot(out.resolve("accounts.png"));

        Fx.run(() -> window.showView(MainWindow.View.QUARANTINE));
        Fx.waitUntil(30, () -> !window.quarantineView().table().getItems().isEmpty());
        Fx.run(() -> {
            var items = window.quarantineView().table().getItems();
            int pick = 0;
            for (int i = 0; i < items.size(); i++) if (items.get(i).reason().contains("timestamp")) { pick = i; break; }
            window.quarantineView().table().getSelectionModel().select(pick);
            window.quarantineView().table().requestFocus();
        });
        shoot(out.resolve("quarantine.png"));

        search(robot, "prompt:(broken AND");
        Fx.waitUntil(30, () -> robot.lookup("#queryError").query().isVisible());
        shoot(out.resolve("query-error.png"));

        shootTimelineViews(out);
        shootDetectionViews(out);
        shootAuditView(out);
    }

    /** audit.png: the trail after the import, tags and detection, with the head to note down and a passed verification. */
    private void shootAuditView(Path out) throws IOException {
        VerifyTask verify = Fx.get(() -> window.verifyCase());
        AuditView av = window.auditView();
        Fx.waitUntil(300, () -> verify.isDone() && !av.verifying());
        assertTrue(Fx.get(() -> av.verifyResult().getText()).startsWith("Verified"), () -> Fx.get(() -> av.verifyResult().getText()));
        Fx.waitUntil(30, () -> !av.table().getItems().isEmpty() && "case_verified".equals(av.table().getItems().get(0).action()));
        Fx.run(() -> av.table().getSelectionModel().select(0));
        shoot(out.resolve("audit.png"));
    }

    /**
     * detections.png (the top linked account: its findings, and its campaign's verdict and reasons in the campaign tab)
     * and clusters.png (campaigns flagged first, the selected one's reasons and links beside the graph).
     */
    private void shootDetectionViews(Path out) throws IOException {
        DetectionTask run = Fx.get(() -> window.runDetection());
        Fx.waitUntil(300, () -> run.isDone() && window.detections().runningProperty().get() == null);
        assertTrue(Fx.get(() -> window.detections().report() != null), () -> String.valueOf(run.getException()));
        DetectionsView dv = window.detectionsView();
        // the top member of the best campaign (flagged ones first, as the Clusters view orders them)
        String linked = Fx.get(() -> {
            var report = window.detections().report();
            return ClusterSketch.order(report.clusters()).stream().findFirst()
                    .flatMap(c -> report.accounts().stream().filter(a -> c.id().equals(a.cluster())).findFirst())
                    .map(io.alembic.detect.AccountResult::accountId).orElse(null);
        });
        Fx.run(() -> {
            if (linked == null) dv.table().getSelectionModel().select(0); else dv.table().select(linked);
            if (linked != null) dv.findings().showCampaign();
        });
        Fx.waitUntil(30, () -> !dv.findings().table().getItems().isEmpty() || dv.findings().table().getItems().isEmpty());
        shoot(out.resolve("detections.png"));
        Fx.run(() -> {
            if (linked != null) window.showClusterOf(linked); else window.showView(MainWindow.View.CLUSTERS);
        });
        Fx.waitUntil(30, () -> window.clustersView().ready() && window.clustersView().canvas().getWidth() > 0);
        shoot(out.resolve("clusters.png"));
    }

    /** timeline.png, cadence.png, tokens.png, compare.png and tags.png, with a tagged range so markers show. */
    private void shootTimelineViews(Path out) throws IOException {
        Fx.run(() -> window.showView(MainWindow.View.ACCOUNTS));
        java.util.List<String> top = Fx.get(() -> window.accountsView().table().getItems().stream()
                .map(io.alembic.store.AccountSummary::accountId).limit(4).toList());
        TimelineView tv = window.timelineView();
        // a zone other than UTC, so the two heat maps differ
        Fx.run(() -> tv.toolbar.zone.setValue("America/New_York"));
        Fx.run(() -> window.openTimeline(top.get(0)));
        Fx.waitUntil(60, () -> tv.full() != null && tv.records.lastResults() != null);
        long from = Fx.get(() -> tv.full().fromMs() + (tv.full().toMs() - tv.full().fromMs()) * 4 / 10);
        long to = Fx.get(() -> tv.full().fromMs() + (tv.full().toMs() - tv.full().fromMs()) * 5 / 10);
        Fx.run(() -> tv.activity.brush(from, to));
        Fx.waitUntil(60, () -> tv.records.rangeFrom() == from && tv.records.lastResults() != null
                && tv.records.label().getText().contains("requests"));
        Fx.run(() -> window.marks().applyTagQuery("cot-harvest", tv.records.query(), "screenshot range"));
        Fx.waitUntil(60, () -> !tv.activity.markers().isEmpty());
        Fx.run(() -> window.marks().applyTag("templated-prompts", java.util.List.of(io.alembic.store.Target.account(top.get(0))), null));
        Fx.waitUntil(60, () -> tv.lookup("#subjectTags .tag-chip") != null);
        Fx.run(() -> tv.records.table().getSelectionModel().select(0));
        shoot(out.resolve("timeline.png"));
        Fx.run(() -> tv.tabs.getSelectionModel().select(1));
        shoot(out.resolve("cadence.png"));
        Fx.run(() -> tv.tabs.getSelectionModel().select(2));
        shoot(out.resolve("tokens.png"));

        Fx.run(() -> window.compare(top));
        Fx.waitUntil(60, () -> window.compareView().canvases().size() == top.size()
                && window.compareView().canvases().stream().allMatch(c -> c.data() != null));
        shoot(out.resolve("compare.png"));

        Fx.run(() -> window.showView(MainWindow.View.SEARCH));
        Fx.run(() -> window.searchView().runQuery("tag:cot-harvest"));
        Fx.waitUntil(60, () -> window.searchView().lastResults() != null && !window.searchView().table().getItems().isEmpty()
                && !window.searchView().table().tagIndex().colors().isEmpty());
        Fx.run(() -> window.searchView().table().getSelectionModel().select(0));
        Fx.waitUntil(60, () -> window.searchView().detail().shownTags().contains("cot-harvest"));
        shoot(out.resolve("tags.png"));
    }

    private void search(FxRobot robot, String q) {
        Fx.run(() -> window.showView(MainWindow.View.SEARCH));
        Fx.run(() -> window.searchView().bar().queryField.setText(q));
        robot.clickOn("#searchBox").type(KeyCode.ENTER);
    }

    private void shoot(Path file) throws IOException {
        WritableImage img = Fx.get(() -> window.scene().snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", file.toFile());
    }
}
