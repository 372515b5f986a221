package io.alembic.ui;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The facet panel never shows an estimate as a count: sampled counts carry "≈" and a note says from how many hits. */
@ExtendWith(ApplicationExtension.class)
class FacetPanelTest {
    static {
        Fx.bigHeadlessScreen();
    }

    private FacetPanel panel;

    @Start
    void start(Stage stage) {
        panel = new FacetPanel((facet, value) -> { });
        stage.setScene(new Scene(panel, 300, 600));
        stage.show();
    }

    private static Map<String, Map<String, Long>> facets() {
        Map<String, Map<String, Long>> f = new LinkedHashMap<>();
        f.put("model", Map.of("frontier-mini", 6_000_000L, "frontier-large", 4_000_000L));
        f.put("country", Map.of("US", 5_000_000L));
        return f;
    }

    /** Skins (the scroll pane's, the titled panes') put the rows in the scene graph only once CSS is applied. */
    private <T> T laidOut(java.util.function.Supplier<T> read) {
        return Fx.get(() -> {
            panel.applyCss();
            panel.layout();
            return read.get();
        });
    }

    private List<String> counts() {
        return laidOut(() -> panel.lookupAll(".facet-count").stream().map(n -> ((Label) n).getText()).toList());
    }

    private Node note() { return laidOut(() -> panel.lookup("#facetSampleNote")); }

    @Test
    void sampledCountsAreMarkedAndExplainedThenExactOnesAreNot() {
        Fx.run(() -> panel.show(facets(), true, 50_000, 10_000_000));
        assertEquals(List.of("≈6,000,000", "≈4,000,000", "≈5,000,000"), counts());
        assertTrue(note() instanceof Label l && l.getText().equals("≈ estimated from an evenly spread sample of 50,000 of 10,000,000 hits"));

        Fx.run(() -> panel.show(facets(), false, 10_000_000, 10_000_000));
        assertEquals(List.of("6,000,000", "4,000,000", "5,000,000"), counts());
        assertEquals(null, note());
    }
}
