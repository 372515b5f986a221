package io.alembic.ui;

import io.alembic.store.Note;
import io.alembic.store.Target;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.List;

/** Earlier notes on a target (read-only, with who and when) and a box for a new multi-line note. */
final class NoteDialog extends Dialog<String> {
    static final ButtonType ADD = new ButtonType("Add note", ButtonBar.ButtonData.OK_DONE);
    final TextArea text = new TextArea();

    NoteDialog(Window owner, Target target, List<Note> earlier) {
        initOwner(owner);
        setTitle("Note");
        setHeaderText("Note on " + target);
        getDialogPane().setId("noteDialog");
        getDialogPane().getButtonTypes().addAll(ADD, ButtonType.CANCEL);
        TextArea history = new TextArea(render(earlier));
        history.setEditable(false);
        history.setWrapText(true);
        history.setPrefRowCount(Math.min(8, Math.max(2, earlier.size() * 2)));
        text.setId("noteText");
        text.setWrapText(true);
        text.setPrefRowCount(6);
        text.setPromptText("Free text; Enter starts a new line");
        VBox box = new VBox(6, new Label(earlier.isEmpty() ? "No notes yet." : "Earlier notes"), history, new Label("New note"), text);
        history.setVisible(!earlier.isEmpty());
        history.setManaged(!earlier.isEmpty());
        getDialogPane().setContent(box);
        getDialogPane().setPrefWidth(520);
        setResultConverter(b -> b == ADD ? text.getText() : null);
        setResizable(true);
    }

    static String render(List<Note> notes) {
        StringBuilder sb = new StringBuilder();
        for (Note n : notes) sb.append(n.createdBy()).append(" · ").append(Fmt.time(n.createdAt())).append('\n')
                .append(n.text()).append("\n\n");
        return sb.toString().trim();
    }
}
