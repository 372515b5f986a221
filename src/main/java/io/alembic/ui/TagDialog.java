package io.alembic.ui;

import io.alembic.store.TagDefinition;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Window;

import java.util.List;

/** Picks a tag from the case's tag set (colour swatches), or defines a new one, plus an optional note. */
final class TagDialog extends Dialog<TagDialog.Choice> {
    static final ButtonType TAG = new ButtonType("Tag", ButtonBar.ButtonData.OK_DONE);

    record Choice(String tag, String note) {}

    final ListView<TagDefinition> list = new ListView<>();
    final TextArea note = new TextArea();
    final TextField newName = new TextField();
    final ColorPicker newColor = new ColorPicker(Color.web("#17becf"));
    private final Label error = new Label();

    TagDialog(Window owner, String what, List<TagDefinition> tags, CaseSession session) {
        initOwner(owner);
        setTitle("Tag");
        setHeaderText("Tag " + what);
        getDialogPane().setId("tagDialog");
        getDialogPane().getButtonTypes().addAll(TAG, ButtonType.CANCEL);
        list.setId("tagList");
        list.getItems().setAll(tags);
        list.setPrefSize(460, 260);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(TagDefinition d, boolean empty) {
                super.updateItem(d, empty);
                if (empty || d == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                setGraphic(TagChips.swatch(d.color()));
                setText(d.name() + (d.description() == null ? "" : " — " + d.description()));
            }
        });
        note.setId("tagNote");
        note.setPromptText("Optional note (why this tag), kept with the tag");
        note.setPrefRowCount(3);
        note.setWrapText(true);
        newName.setId("newTagName");
        newName.setPromptText("new-tag-name (a-z 0-9 . _ -)");
        newColor.setId("newTagColor");
        Button define = new Button("Define tag");
        define.setId("defineTag");
        define.setOnAction(e -> define(session));
        HBox.setHgrow(newName, Priority.ALWAYS);
        HBox newRow = new HBox(6, newName, newColor, define);
        newRow.setAlignment(Pos.CENTER_LEFT);
        error.getStyleClass().add("query-error");
        error.setWrapText(true);
        VBox box = new VBox(8, list, new Label("New tag"), newRow, error, new Label("Note"), note);
        box.setPadding(new Insets(6, 0, 0, 0));
        getDialogPane().setContent(box);
        Node ok = getDialogPane().lookupButton(TAG);
        ok.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        setResultConverter(b -> b == TAG && list.getSelectionModel().getSelectedItem() != null
                ? new Choice(list.getSelectionModel().getSelectedItem().name(), note.getText().isBlank() ? null : note.getText())
                : null);
        setResizable(true);
    }

    /** Selects the tag named {@code name} if it is in the list. */
    boolean select(String name) {
        for (TagDefinition d : list.getItems()) {
            if (d.name().equals(name)) {
                list.getSelectionModel().select(d);
                list.scrollTo(d);
                return true;
            }
        }
        return false;
    }

    private void define(CaseSession session) {
        String name = newName.getText() == null ? "" : newName.getText().trim();
        if (name.isEmpty()) return;
        String color = ChartColors.hex(newColor.getValue());
        Task<List<TagDefinition>> t = session.mark(c -> {
            c.defineTag(name, color, null);
            return c.tagDefinitions();
        });
        t.setOnSucceeded(e -> {
            error.setText("");
            list.getItems().setAll(t.getValue());
            select(name);
            newName.clear();
        });
        t.setOnFailed(e -> error.setText(Fmt.message(t.getException())));
    }
}
