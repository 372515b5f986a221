package io.alembic.ui;

import io.alembic.timeline.Subject;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/** What the timeline shows (subject, zone, stacking), zoom buttons, export and the marks on the subject. */
final class TimelineToolbar extends FlowPane {
    static final List<String> ZONES = List.of("UTC", "America/New_York", "America/Chicago", "America/Los_Angeles",
            "Europe/London", "Europe/Berlin", "Europe/Moscow", "Asia/Kolkata", "Asia/Singapore", "Asia/Shanghai",
            "Asia/Tokyo", "Australia/Sydney");
    final ComboBox<Subject> subject = new ComboBox<>(FXCollections.observableArrayList(Subject.values()));
    final TextField value = new TextField();
    final ComboBox<String> zone = new ComboBox<>(FXCollections.observableArrayList(ZONES));
    final ToggleButton byModel = new ToggleButton("Stack by model");
    private boolean quiet;

    TimelineToolbar(TimelineView view, MarksController marks) {
        super(6, 4);
        getStyleClass().add("search-bar");
        setPadding(new Insets(6, 10, 6, 10));
        setAlignment(Pos.CENTER_LEFT);
        subject.setId("timelineSubjectKind");
        subject.setValue(Subject.ACCOUNT);
        value.setId("timelineSubject");
        value.setPromptText("account id (Enter)");
        value.setPrefColumnCount(16);
        Runnable open = () -> view.open(subject.getValue(), value.getText());
        value.setOnAction(e -> open.run());
        subject.setOnAction(e -> { if (!quiet && !value.getText().isBlank()) open.run(); });
        zone.setId("zoneChooser");
        zone.setEditable(true);
        zone.setValue("UTC");
        zone.setPrefWidth(170);
        zone.setTooltip(new Tooltip("Time zone of the bins and the hour-of-week grid (any zone id, e.g. Asia/Seoul)"));
        zone.setOnAction(e -> { if (view.subject() != null) view.open(view.subject(), view.value()); });
        byModel.setId("stackByModel");
        byModel.setTooltip(new Tooltip("Stack the bars by model instead of by status (2xx / 429 / other)"));
        byModel.selectedProperty().addListener((o, a, b) -> view.setStackByModel(b));
        Button in = button("+", "Zoom in (+, mouse wheel)", () -> view.zoom(0.5));
        in.setId("zoomIn");
        Button out = button("−", "Zoom out (−, mouse wheel)", () -> view.zoom(2));
        out.setId("zoomOut");
        Button fit = button("Fit", "Show the whole range", view::fit);
        Button png = button("PNG…", "Export the chart on screen as PNG", () ->
                ChartExport.choosePng(getScene().getWindow(), view.currentChart(), view.exportName(), view::report));
        png.setId("exportPng");
        Button csv = button("CSV…", "Export the chart's numbers as CSV", () ->
                ChartExport.chooseCsv(getScene().getWindow(), view.currentCsv(), view.exportName(), view::report));
        csv.setId("exportCsv");
        Button tag = button("Tag…", "Tag this account / key / IP", () -> {
            if (view.target() != null) marks.tagTargets(view.target().toString(), List.of(view.target()));
        });
        tag.setId("tagSubject");
        Button note = button("Note…", "Add a note to this account / key / IP", () -> marks.addNote(view.target()));
        Button mark = button("Bookmark", "Bookmark this account / key / IP", () -> marks.bookmark(view.target()));
        Button exhibit = button("Make exhibit…", "An exhibit (PDF, optionally HTML) of this account or tag, with a preview", () -> {
            if (view.subject() != null) view.makeExhibit();
        });
        exhibit.setId("timelineExhibit");
        getChildren().addAll(subject, value, new Label("Zone"), zone, byModel, new Separator(javafx.geometry.Orientation.VERTICAL),
                out, in, fit, new Separator(javafx.geometry.Orientation.VERTICAL), png, csv,
                new Separator(javafx.geometry.Orientation.VERTICAL), tag, note, mark, exhibit);
    }

    void showSubject(Subject s, String v) {
        quiet = true;
        subject.setValue(s);
        value.setText(v);
        quiet = false;
    }

    /** The chosen zone; UTC when the text is not a zone id. */
    ZoneId zone() {
        String z = zone.getEditor().getText() == null || zone.getEditor().getText().isBlank() ? zone.getValue()
                : zone.getEditor().getText().trim();
        try {
            return z == null ? ZoneOffset.UTC : ZoneId.of(z);
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }

    private static Button button(String text, String tip, Runnable r) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> r.run());
        return b;
    }
}
