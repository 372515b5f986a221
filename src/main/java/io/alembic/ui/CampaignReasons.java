package io.alembic.ui;

import io.alembic.detect.cluster.Cluster;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/**
 * A campaign's reasons, one sentence each, as read-only wrapped text: an analyst quotes them in a report, so they
 * must be selectable and copyable (Ctrl+C, the context menu, or {@link #copyAll()}), which labels are not.
 */
final class CampaignReasons extends TextArea {
    CampaignReasons(String id) {
        setId(id);
        setEditable(false);
        setWrapText(true);
        setPrefRowCount(8);
        getStyleClass().add("campaign-reasons");
    }

    /** Shows {@code c}'s reasons, or {@code none} when there is no cluster. */
    void show(Cluster c, String none) {
        setText(c == null ? none : text(c));
        positionCaret(0);
        setScrollTop(0);
    }

    /** The reasons as bullet paragraphs, in the engine's order (fleet ties, extraction, automation, caps, verdict). */
    static String text(Cluster c) {
        if (c.reasons().isEmpty()) return "The stored results give no reasons for this cluster (run detection again).";
        StringBuilder sb = new StringBuilder();
        for (String r : c.reasons()) {
            if (sb.length() > 0) sb.append("\n\n");
            sb.append("• ").append(r);
        }
        return sb.toString();
    }

    /** Puts the whole text on the clipboard. */
    void copyAll() {
        ClipboardContent content = new ClipboardContent();
        content.putString(getText());
        Clipboard.getSystemClipboard().setContent(content);
    }
}
