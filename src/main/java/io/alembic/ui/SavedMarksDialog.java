package io.alembic.ui;

import io.alembic.store.Bookmark;
import io.alembic.store.SavedSearch;
import io.alembic.store.Target;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.List;
import java.util.function.Consumer;

/** Saved searches (run / delete) and bookmarks (open) of the case. */
final class SavedMarksDialog extends Dialog<Void> {
    record Data(List<SavedSearch> searches, List<Bookmark> bookmarks) {}

    final ListView<SavedSearch> searches = new ListView<>();
    final ListView<Bookmark> bookmarks = new ListView<>();

    SavedMarksDialog(Window owner, Data data, Consumer<String> runQuery, Consumer<Target> open, Consumer<String> delete) {
        initOwner(owner);
        setTitle("Saved searches and bookmarks");
        setHeaderText(null);
        getDialogPane().setId("savedDialog");
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        searches.setId("savedSearchList");
        searches.getItems().setAll(data.searches());
        searches.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(SavedSearch s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : s.name() + "   —   " + s.query());
            }
        });
        searches.setPrefHeight(180);
        bookmarks.setId("bookmarkList");
        bookmarks.getItems().setAll(data.bookmarks());
        bookmarks.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Bookmark b, boolean empty) {
                super.updateItem(b, empty);
                setText(empty || b == null ? null : b.target() + (b.label() == null ? "" : " — " + b.label())
                        + "   (" + b.createdBy() + ", " + Fmt.time(b.createdAt()) + ")");
            }
        });
        bookmarks.setPrefHeight(160);
        Button run = new Button("Run");
        run.setId("runSavedSearch");
        run.setOnAction(e -> {
            SavedSearch s = searches.getSelectionModel().getSelectedItem();
            if (s == null) return;
            runQuery.accept(s.query());
            close();
        });
        Button del = new Button("Delete");
        del.setOnAction(e -> {
            SavedSearch s = searches.getSelectionModel().getSelectedItem();
            if (s == null) return;
            delete.accept(s.name());
            searches.getItems().remove(s);
        });
        Button openBookmark = new Button("Open");
        openBookmark.setOnAction(e -> {
            Bookmark b = bookmarks.getSelectionModel().getSelectedItem();
            if (b == null) return;
            open.accept(b.target());
            close();
        });
        searches.setOnMouseClicked(e -> { if (e.getClickCount() == 2) run.fire(); });
        bookmarks.setOnMouseClicked(e -> { if (e.getClickCount() == 2) openBookmark.fire(); });
        getDialogPane().setContent(new VBox(6, new Label("Saved searches"), searches, new HBox(6, run, del),
                new Label("Bookmarks"), bookmarks, openBookmark));
        getDialogPane().setPrefWidth(620);
        setResizable(true);
    }
}
