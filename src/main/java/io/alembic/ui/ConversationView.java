package io.alembic.ui;

import io.alembic.bundle.Message;
import io.alembic.casefile.RecordDetail;
import javafx.geometry.Insets;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;

import java.util.Locale;

/** The messages of one request as chat bubbles (system, user, assistant, tool styled apart), then the response. */
final class ConversationView extends ScrollPane {
    private final VBox messages = new VBox(8);

    ConversationView() {
        setId("conversation");
        getStyleClass().add("conversation");
        setFitToWidth(true);
        messages.setPadding(new Insets(10));
        messages.getStyleClass().add("conversation-box");
        setContent(messages);
    }

    void show(RecordDetail d) {
        messages.getChildren().clear();
        if (d.messages() != null && !d.messages().isEmpty()) {
            for (Message m : d.messages()) messages.getChildren().add(bubble(m.role(), m.content(), null));
        } else if (d.completionPrompt() != null) {
            messages.getChildren().add(bubble("prompt", d.completionPrompt(), "completion prompt"));
        }
        if (d.responseContent() != null && !d.responseContent().isEmpty()) {
            String status = d.status() == null ? "" : " · HTTP " + d.status();
            messages.getChildren().add(bubble("response", d.responseContent(), "response" + status));
        } else if (d.status() != null && d.status() >= 300) {
            messages.getChildren().add(bubble("error", "HTTP " + d.status() + " — see Raw JSON for the error", "error"));
        }
        setVvalue(0);
    }

    void clear(String hint) {
        messages.getChildren().clear();
        Label l = new Label(hint);
        l.getStyleClass().add("placeholder-text");
        messages.getChildren().add(l);
    }

    /** All message text currently shown (for tests and copy). */
    String allText() {
        StringBuilder sb = new StringBuilder();
        messages.lookupAll(".msg-content").forEach(n -> sb.append(((Label) n).getText()).append('\n'));
        return sb.toString();
    }

    private static VBox bubble(String role, String content, String caption) {
        String r = role == null ? "unknown" : role.toLowerCase(Locale.ROOT);
        Label head = new Label(caption == null ? r : caption);
        head.getStyleClass().add("msg-role");
        Label body = new Label(content == null ? "" : content);
        body.getStyleClass().add("msg-content");
        body.setWrapText(true);
        body.setMinHeight(Label.USE_PREF_SIZE);
        MenuItem copy = new MenuItem("Copy message");
        copy.setOnAction(e -> {
            ClipboardContent cc = new ClipboardContent();
            cc.putString(body.getText());
            Clipboard.getSystemClipboard().setContent(cc);
        });
        body.setContextMenu(new ContextMenu(copy));
        VBox box = new VBox(3, head, body);
        box.getStyleClass().addAll("msg", "msg-" + styleRole(r));
        return box;
    }

    private static String styleRole(String r) {
        return switch (r) {
            case "system", "developer" -> "system";
            case "user", "prompt" -> "user";
            case "assistant" -> "assistant";
            case "response" -> "response";
            case "tool", "function" -> "tool";
            case "error" -> "error";
            default -> "other";
        };
    }
}
