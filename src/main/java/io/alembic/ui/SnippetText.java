package io.alembic.ui;

import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import java.util.ArrayList;
import java.util.List;

/** Renders a search snippet whose matched terms are wrapped as [[term]] into styled text runs. */
final class SnippetText {
    private SnippetText() { }

    /** One run of a snippet: its text and whether it is a matched term. */
    record Run(String text, boolean hit) { }

    static List<Run> parse(String snippet) {
        List<Run> runs = new ArrayList<>();
        if (snippet == null || snippet.isEmpty()) return runs;
        int i = 0;
        while (i < snippet.length()) {
            int open = snippet.indexOf("[[", i);
            if (open < 0) {
                runs.add(new Run(snippet.substring(i), false));
                break;
            }
            int close = snippet.indexOf("]]", open + 2);
            if (close < 0) {
                runs.add(new Run(snippet.substring(i), false));
                break;
            }
            if (open > i) runs.add(new Run(snippet.substring(i, open), false));
            runs.add(new Run(snippet.substring(open + 2, close), true));
            i = close + 2;
        }
        return runs;
    }

    /** The snippet without markers, for sorting, tooltips and copying. */
    static String plain(String snippet) {
        if (snippet == null) return "";
        return snippet.replace("[[", "").replace("]]", "");
    }

    /** Fills {@code flow} with the runs of {@code snippet}; newlines are flattened so it stays one line. */
    static void render(TextFlow flow, String snippet) {
        flow.getChildren().clear();
        for (Run run : parse(snippet)) {
            Text t = new Text(run.text().replace('\n', ' ').replace('\r', ' '));
            t.getStyleClass().add(run.hit() ? "snippet-hit" : "snippet-text");
            flow.getChildren().add(t);
        }
    }
}
