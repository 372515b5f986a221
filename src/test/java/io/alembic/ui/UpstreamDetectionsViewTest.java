package io.alembic.ui;

import io.alembic.casefile.CancelToken;
import io.alembic.casefile.Case;
import io.alembic.casefile.ImportListener;
import io.alembic.casefile.ReducedBundleFixture;
import io.alembic.sample.Corpora;
import io.alembic.sample.SampleGenerator;
import io.alembic.sample.SampleSpec;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A case holding a reduced bundle: the Detections view says the shown results were computed upstream by job J under
 * rules V (and does not call them stale though the upstream job read more requests than the case holds); after a run
 * here it says they were computed on this machine against that job's population.
 */
class UpstreamDetectionsViewTest extends WindowTestBase {
    @TempDir static Path tmp;

    @Start
    void start(Stage stage) { open(stage); }

    @Test
    void upstreamThenLocalWithPopulation(FxRobot robot) throws Exception {
        Path bundle = new SampleGenerator(Corpora.locate(), new SampleSpec(9, 24, 3_000, true, 0, 3_000, true)).generate(tmp, "b");
        var reduced = ReducedBundleFixture.write(bundle, tmp.resolve("reduced"), "job-ui", 3);
        Path folder = tmp.resolve("case");
        try (Case c = Case.openOrCreate(folder)) {
            c.importBundle(reduced.dir(), false, ImportListener.NONE, CancelToken.none());
        }
        Fx.run(() -> window.openCase(folder));
        DetectionsView dv = window.detectionsView();
        String expected = "Computed upstream by job job-ui, rules version " + reduced.kept().rulesVersion();
        Fx.waitUntil(30, () -> dv.summary().getText().startsWith(expected));
        assertEquals(reduced.kept().accounts().size(), (int) Fx.get(() -> dv.table().getItems().size()));
        Thread.sleep(300); // the staleness check runs in the background
        assertFalse(Fx.get(() -> dv.summary().getText()).contains("changed since this run"));

        Fx.run(() -> window.detections().run());
        Fx.waitUntil(120, () -> window.detections().runningProperty().get() == null
                && dv.summary().getText().startsWith("Computed on this machine"));
        String text = Fx.get(() -> dv.summary().getText());
        assertTrue(text.contains("against the population of upstream job job-ui"), text);
        Thread.sleep(300);
        assertFalse(Fx.get(() -> dv.summary().getText()).contains("changed since this run"));
    }
}
