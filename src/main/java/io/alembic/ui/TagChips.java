package io.alembic.ui;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;

import java.util.List;
import java.util.function.Function;

/** Tag names as small rounded chips in the tag's colour. */
final class TagChips {
    private TagChips() { }

    static Label chip(String tag, String hex) {
        Color bg = ChartColors.tag(hex);
        Label l = new Label(tag);
        l.getStyleClass().add("tag-chip");
        l.setStyle("-fx-background-color: " + ChartColors.hex(bg) + "; -fx-text-fill: "
                + ChartColors.hex(ChartColors.textOn(bg)) + ";");
        return l;
    }

    static HBox row(List<String> tags, Function<String, String> color) {
        HBox box = new HBox(3);
        box.getStyleClass().add("tag-chips");
        for (String t : tags) box.getChildren().add(chip(t, color.apply(t)));
        return box;
    }

    /** A colour swatch for menus and lists. */
    static javafx.scene.shape.Rectangle swatch(String hex) {
        javafx.scene.shape.Rectangle r = new javafx.scene.shape.Rectangle(12, 12, ChartColors.tag(hex));
        r.setArcWidth(3);
        r.setArcHeight(3);
        r.setStroke(Color.web("#00000033"));
        return r;
    }
}
