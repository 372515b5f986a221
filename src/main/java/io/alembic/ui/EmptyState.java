package io.alembic.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** What the window shows while no case is open. */
final class EmptyState extends VBox {
    EmptyState(Runnable openCase) {
        super(14);
        setId("emptyState");
        getStyleClass().add("empty-state");
        setAlignment(Pos.CENTER);
        Label title = new Label("No case open");
        title.getStyleClass().add("empty-title");
        Label hint = new Label("Open a case (Ctrl+O) or import a bundle (Ctrl+I)");
        hint.setId("emptyHint");
        hint.getStyleClass().add("empty-hint");
        Label drop = new Label("A case is a folder; opening an empty folder creates a new case. "
                + "Once a case is open, drop an evidence bundle (folder or .zip) on this window to import it.");
        drop.getStyleClass().add("empty-sub");
        drop.setWrapText(true);
        drop.setMaxWidth(520);
        Button open = new Button("New/Open Case…");
        open.setId("emptyOpenCase");
        open.setDefaultButton(true);
        open.setOnAction(e -> openCase.run());
        HBox buttons = new HBox(10, open);
        buttons.setAlignment(Pos.CENTER);
        getChildren().addAll(title, hint, drop, buttons);
    }
}
