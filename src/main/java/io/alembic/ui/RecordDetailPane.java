package io.alembic.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.alembic.casefile.RecordDetail;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;

/** Everything about the selected request: who/when/where, then conversation, response, reasoning and raw JSON. */
final class RecordDetailPane extends BorderPane {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FlowPane header = new FlowPane(14, 2);
    private final FlowPane marks = new FlowPane(6, 2);
    private java.util.List<String> shownTags = java.util.List.of();
    private final ConversationView conversation = new ConversationView();
    private final TextArea response = area("responseText");
    private final TextArea reasoning = area("reasoningText");
    private final TextArea raw = area("rawJson");
    private final TabPane tabs = new TabPane();
    private String shownId;

    RecordDetailPane() {
        setId("detailPane");
        getStyleClass().add("detail-pane");
        header.getStyleClass().add("detail-header");
        header.setPadding(new Insets(6, 10, 6, 10));
        raw.getStyleClass().add("mono");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(new Tab("Conversation", conversation), new Tab("Response", response),
                new Tab("Reasoning", reasoning), new Tab("Raw JSON", raw));
        tabs.setId("detailTabs");
        marks.setId("detailMarks");
        marks.getStyleClass().add("detail-marks");
        marks.setPadding(new Insets(2, 10, 4, 10));
        setTop(new javafx.scene.layout.VBox(header, marks));
        setCenter(tabs);
        clear("Select a hit to see its conversation.");
    }

    void show(RecordDetail d) {
        shownId = d.requestId();
        header.getChildren().setAll(java.util.stream.Stream.of(
                field("Request", d.requestId()), field("Time", Fmt.time(d.timestamp())),
                field("Account", d.accountId()), field("Key", d.apiKeyId()), field("Model", d.model()),
                field("Status", d.status() == null ? null : d.status().toString()),
                field("IP", d.ip()), field("Country", d.country()), field("Router", d.router()),
                field("User agent", d.userAgent()),
                field("Source", d.sourceFile() == null ? null : d.sourceFile() + ":" + d.sourceLine()))
                .filter(java.util.Objects::nonNull).toList());
        conversation.show(d);
        response.setText(d.responseContent() == null ? "(no response content — redacted or error)" : d.responseContent());
        reasoning.setText(d.reasoning() == null ? "(no reasoning in this record)" : d.reasoning());
        raw.setText(pretty(d.rawJson()));
    }

    /** Tags on the record and on its account, key and IP (each chip says which), and the notes on the record. */
    void showMarks(java.util.List<io.alembic.store.TagAssignment> tags, java.util.List<io.alembic.store.Note> notes, TagIndex colors) {
        marks.getChildren().clear();
        java.util.List<String> names = new java.util.ArrayList<>();
        for (io.alembic.store.TagAssignment a : tags) {
            Label chip = TagChips.chip(a.tag(), colors.color(a.tag()));
            String via = a.target().kind() == io.alembic.store.TargetKind.RECORD ? "" : " (" + a.target().kind().code() + ")";
            chip.setText(a.tag() + via);
            chip.setTooltip(new javafx.scene.control.Tooltip("Tagged " + a.target() + " by " + a.createdBy() + " at "
                    + Fmt.time(a.createdAt()) + (a.note() == null ? "" : "\n" + a.note())));
            marks.getChildren().add(chip);
            if (!names.contains(a.tag())) names.add(a.tag());
        }
        for (io.alembic.store.Note n : notes) {
            Label l = new Label("✎ " + Fmt.oneLine(n.text(), 80));
            l.getStyleClass().add("detail-note");
            l.setTooltip(new javafx.scene.control.Tooltip(n.createdBy() + " · " + Fmt.time(n.createdAt()) + "\n" + n.text()));
            marks.getChildren().add(l);
        }
        shownTags = names;
        marks.setVisible(!marks.getChildren().isEmpty());
        marks.setManaged(marks.isVisible());
    }

    /** Tag names shown for the current record (directly or inherited). */
    java.util.List<String> shownTags() { return shownTags; }

    void clear(String hint) {
        shownId = null;
        showMarks(java.util.List.of(), java.util.List.of(), TagIndex.EMPTY);
        Label l = new Label(hint);
        l.getStyleClass().add("placeholder-text");
        header.getChildren().setAll(l);
        conversation.clear(hint);
        response.clear();
        reasoning.clear();
        raw.clear();
    }

    /** The request id shown, or null. */
    String shownRequestId() { return shownId; }

    /** The text of the conversation tab (messages and response). */
    String conversationText() { return conversation.allText(); }

    static String pretty(String json) {
        if (json == null || json.isBlank()) return "";
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(json));
        } catch (Exception e) {
            return json;
        }
    }

    private static Label field(String name, String value) {
        if (value == null || value.isEmpty()) return null;
        Label l = new Label(name + ": " + value);
        l.getStyleClass().add("detail-field");
        return l;
    }

    private static TextArea area(String id) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setEditable(false);
        a.setWrapText(true);
        return a;
    }
}
