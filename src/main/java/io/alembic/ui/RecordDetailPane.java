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
        setTop(header);
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

    void clear(String hint) {
        shownId = null;
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
