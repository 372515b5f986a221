package io.alembic.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/** Counts of the current hits by account, model, country and router; clicking a value narrows the search. */
final class FacetPanel extends ScrollPane {
    static final List<String> FACETS = List.of("account", "model", "country", "router");
    private static final int MAX_VALUES = 12;

    private final VBox box = new VBox(4);
    private final BiConsumer<String, String> onPick;

    FacetPanel(BiConsumer<String, String> onPick) {
        this.onPick = onPick;
        setId("facetPanel");
        getStyleClass().add("facet-panel");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        box.setPadding(new Insets(4));
        setContent(box);
        setMinWidth(180);
        setPrefWidth(260);
        show(Map.of());
    }

    void show(Map<String, Map<String, Long>> facets) { show(facets, false, 0, 0); }

    /**
     * Shows the facet counts; when {@code sampled} they are estimates from {@code sampleSize} of {@code total} hits,
     * shown with "≈" and a note at the top, so that no estimate reads as a count.
     */
    void show(Map<String, Map<String, Long>> facets, boolean sampled, long sampleSize, long total) {
        box.getChildren().clear();
        if (sampled) {
            Label note = new Label(Fmt.sampleNote(sampleSize, total));
            note.setId("facetSampleNote");
            note.getStyleClass().add("facet-more");
            note.setWrapText(true);
            note.setTooltip(new Tooltip("Counting every one of " + Fmt.count(total) + " hits by account, model, country and "
                    + "router would make each search slower the more it matches; the hit total above is exact."));
            box.getChildren().add(note);
        }
        for (String name : FACETS) {
            Map<String, Long> values = facets == null ? null : facets.get(name);
            box.getChildren().add(section(name, values == null ? Map.of() : values, sampled));
        }
    }


    private TitledPane section(String name, Map<String, Long> values, boolean estimates) {
        VBox rows = new VBox(1);
        rows.getStyleClass().add("facet-values");
        List<Map.Entry<String, Long>> sorted = new ArrayList<>(values.entrySet());
        sorted.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        for (Map.Entry<String, Long> e : sorted.subList(0, Math.min(MAX_VALUES, sorted.size()))) {
            rows.getChildren().add(row(name, e.getKey(), e.getValue(), estimates));
        }
        if (sorted.size() > MAX_VALUES) {
            Label more = new Label("… " + (sorted.size() - MAX_VALUES) + " more");
            more.getStyleClass().add("facet-more");
            rows.getChildren().add(more);
        }
        if (sorted.isEmpty()) {
            Label none = new Label("—");
            none.getStyleClass().add("facet-more");
            rows.getChildren().add(none);
        }
        TitledPane pane = new TitledPane(title(name) + " (" + values.size() + ")", rows);
        pane.setId("facet-" + name);
        pane.setAnimated(false);
        return pane;
    }

    private HBox row(String facet, String value, long count, boolean estimate) {
        String shown = value == null || value.isEmpty() ? "(none)" : value;
        Hyperlink link = new Hyperlink(shown);
        link.getStyleClass().add("facet-link");
        link.setTooltip(new Tooltip("Filter by " + facet + " = " + shown));
        link.setMaxWidth(190);
        link.setOnAction(e -> onPick.accept(facet, value));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label n = new Label(Fmt.facetCount(count, estimate));
        n.getStyleClass().add("facet-count");
        if (estimate) n.setTooltip(new Tooltip("Estimated from a sample of the hits, not counted"));
        n.setMinWidth(Region.USE_PREF_SIZE);
        link.setMinWidth(40);
        HBox row = new HBox(4, link, gap, n);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("facet-row");
        return row;
    }

    private static String title(String name) {
        return switch (name) {
            case "account" -> "Accounts";
            case "model" -> "Models";
            case "country" -> "Countries";
            case "router" -> "Routers";
            default -> name;
        };
    }
}
