package io.alembic.ui;

import io.alembic.bundle.BundleFormatException;
import io.alembic.formats.GatewayGuess;
import io.alembic.formats.GatewayMapping;
import io.alembic.formats.GatewayPreview;
import io.alembic.formats.GatewaySample;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Maps the columns of a CSV or JSONL gateway log that no reader recognised: the first rows as the reader parses
 * them, a column per native field (pre-filled from the mapping last used for this header in the case, else guessed
 * from the names), and the first rows converted as the import will convert them, each with its error if it would be
 * quarantined. Returns the mapping; importing it is the caller's business.
 */
final class MappingDialog extends Dialog<GatewayMapping> {
    static final ButtonType IMPORT = new ButtonType("Import", ButtonBar.ButtonData.OK_DONE);
    static final String NONE = "(none)";
    /** The fields every gateway log has, in the order an analyst reads a request; the rest sit under "More fields". */
    static final List<String> MAIN = List.of("timestamp", "account_id", "api_key_id", "ip", "model", "prompt", "response");
    static final List<String> MORE = List.of("request_id", "org_id", "endpoint", "user_agent", "router", "country", "system",
            "status", "finish_reason", "input_tokens", "output_tokens", "reasoning_tokens", "latency_ms");
    private static final Map<String, String> LABELS = Map.of("timestamp", "Timestamp", "account_id", "Account", "api_key_id", "API key",
            "ip", "Client IP", "model", "Model", "prompt", "Prompt", "response", "Response");

    private final GatewaySample sample;
    final Map<String, ComboBox<String>> fields = new LinkedHashMap<>();
    final ComboBox<String> timeFormat = new ComboBox<>();
    final TableView<GatewaySample.Row> rows = new TableView<>();
    final TableView<GatewayPreview.Outcome> converted = new TableView<>();
    final Label problem = new Label();
    private final ReadOnlyBooleanWrapper previewing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper();
    private final ExecutorService previewer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "alembic-mapping-preview");
        t.setDaemon(true);
        return t;
    });
    private final boolean remembered;
    private GatewayMapping mapping;
    private int generation;

    /** @param last the mapping last used for this header in the case, or null */
    MappingDialog(Window owner, GatewaySample sample, GatewayMapping last) {
        this.sample = sample;
        this.remembered = last != null;
        initOwner(owner);
        setTitle("Map gateway log columns");
        setHeaderText("No known format recognised " + sample.file().getFileName() + ": map its columns to import it");
        setResizable(true);
        getDialogPane().setId("mappingDialog");
        getDialogPane().getStylesheets().add(Objects.requireNonNull(MainWindow.class.getResource("alembic.css"), "alembic.css missing").toExternalForm());
        getDialogPane().getButtonTypes().addAll(IMPORT, ButtonType.CANCEL);

        Label intro = new Label(describe(sample) + (remembered
                ? " Filled in from the mapping this case last used for files with this header."
                : " Columns guessed from their names: check each one."));
        intro.setId("mappingIntro");
        intro.setWrapText(true);

        Map<String, String> initial = last != null ? last.columns() : GatewayGuess.columns(sample.columns());
        GridPane main = new GridPane();
        main.setHgap(8);
        main.setVgap(6);
        for (int i = 0; i < MAIN.size(); i++) {
            String f = MAIN.get(i);
            main.add(label(f), (i % 4) * 2, i / 4);
            main.add(combo(f, initial.get(f)), (i % 4) * 2 + 1, i / 4);
        }
        main.add(new Label("Time format"), 6, 1);
        timeFormat.setId("mappingTimeFormat");
        timeFormat.getItems().setAll("rfc3339", "epoch_s", "epoch_ms");
        timeFormat.setValue(last != null ? last.timestampFormat() : GatewayGuess.timestampFormat(firstValue(initial.get("timestamp"))));
        timeFormat.valueProperty().addListener((o, a, b) -> refresh());
        main.add(timeFormat, 7, 1);
        GridPane more = new GridPane();
        more.setHgap(8);
        more.setVgap(6);
        for (int i = 0; i < MORE.size(); i++) {
            String f = MORE.get(i);
            more.add(label(f), (i % 4) * 2, i / 4);
            more.add(combo(f, initial.get(f)), (i % 4) * 2 + 1, i / 4);
        }
        TitledPane morePane = new TitledPane("More fields (request id, tokens, status, ...)", more);
        morePane.setId("mappingMore");
        morePane.setExpanded(MORE.stream().anyMatch(f -> !NONE.equals(fields.get(f).getValue())) && remembered);
        morePane.setAnimated(false);

        rows.setId("mappingRows");
        rows.setPrefHeight(170);
        rows.setPrefWidth(900); // scrolls sideways rather than widening the dialog to every column
        rows.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        TableColumn<GatewaySample.Row, String> lineCol = new TableColumn<>("Line");
        lineCol.setCellValueFactory(c -> new SimpleStringProperty(Long.toString(c.getValue().line())));
        lineCol.setPrefWidth(50);
        rows.getColumns().add(lineCol);
        for (int i = 0; i < sample.columns().size(); i++) {
            int col = i;
            TableColumn<GatewaySample.Row, String> c = new TableColumn<>(sample.columns().get(i));
            c.setCellValueFactory(r -> new SimpleStringProperty(Fmt.oneLine(r.getValue().cells().get(col), 80)));
            c.setPrefWidth(Math.max(90, Math.min(220, 9 * sample.columns().get(i).length() + 40)));
            rows.getColumns().add(c);
        }
        rows.getItems().setAll(sample.rows());

        converted.setId("mappingPreview");
        converted.setPrefHeight(170);
        converted.setPrefWidth(900);
        converted.setPlaceholder(new Label("Choose the required columns to see the rows converted"));
        converted.getColumns().add(outcomeColumn("Line", o -> Long.toString(o.line()), 50));
        TableColumn<GatewayPreview.Outcome, String> result = outcomeColumn("Result", o -> o.ok() ? "imports" : o.error(), 250);
        // a refusal reason is often longer than the column: the whole of it on hover
        result.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null || text.equals("imports") ? null : new javafx.scene.control.Tooltip(text));
            }
        });
        converted.getColumns().add(result);
        for (String f : MAIN) converted.getColumns().add(outcomeColumn(LABELS.get(f), o -> o.fields().getOrDefault(f, ""), f.equals("prompt") || f.equals("response") ? 180 : 110));
        converted.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(GatewayPreview.Outcome o, boolean empty) {
                super.updateItem(o, empty);
                getStyleClass().remove("mapping-refused");
                if (!empty && o != null && !o.ok()) getStyleClass().add("mapping-refused");
            }
        });

        problem.setId("mappingProblem");
        problem.setWrapText(true);
        problem.getStyleClass().add("mapping-problem");

        VBox box = new VBox(8, intro, bold("First rows of " + sample.file().getFileName()), rows, bold("Columns"), main, morePane,
                bold("First rows converted, as the import will read them"), converted, problem);
        box.setPadding(new Insets(8, 12, 4, 12));
        box.setPrefWidth(1000);
        getDialogPane().setContent(box);
        getDialogPane().setPrefWidth(1050);

        Node importButton = getDialogPane().lookupButton(IMPORT);
        importButton.disableProperty().bind(valid.not().or(previewing));
        // Enter imports wherever the focus is (a table or a closed combo box would otherwise keep the key); an open
        // combo box's list still takes Enter to pick its item
        getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() != KeyCode.ENTER || fields.values().stream().anyMatch(ComboBox::isShowing) || timeFormat.isShowing()) return;
            e.consume();
            if (!importButton.isDisabled()) ((Button) importButton).fire();
        });
        setResultConverter(b -> b == IMPORT ? mapping : null);
        setOnHidden(e -> previewer.shutdownNow());
        refresh();
    }

    GatewaySample sample() { return sample; }

    boolean filledFromCase() { return remembered; }

    /** True while the converted preview is being worked out; the Import button waits for it. */
    ReadOnlyBooleanProperty previewingProperty() { return previewing.getReadOnlyProperty(); }

    /** The mapping the choices make now, or null while they make none. */
    GatewayMapping mapping() { return mapping; }

    private ComboBox<String> combo(String field, String column) {
        ComboBox<String> c = new ComboBox<>();
        c.setId("mapping-" + field);
        c.getItems().add(NONE);
        c.getItems().addAll(sample.columns());
        c.setValue(column != null && sample.columns().contains(column) ? column : NONE);
        c.setVisibleRowCount(14);
        c.valueProperty().addListener((o, a, b) -> refresh());
        fields.put(field, c);
        return c;
    }

    private Label label(String field) {
        String text = LABELS.getOrDefault(field, field.replace('_', ' '));
        Label l = new Label(GatewayMapping.REQUIRED.contains(field) ? text + " *" : text);
        if (GatewayMapping.REQUIRED.contains(field)) l.getStyleClass().add("mapping-required");
        return l;
    }

    /** Rebuilds the mapping from the choices, then converts the first rows with it in the background. */
    private void refresh() {
        int gen = ++generation;
        Map<String, String> columns = new LinkedHashMap<>();
        fields.forEach((f, c) -> { if (c.getValue() != null && !NONE.equals(c.getValue())) columns.put(f, c.getValue()); });
        markHeaders(columns);
        List<String> missing = new ArrayList<>();
        for (String f : MAIN) if (GatewayMapping.REQUIRED.contains(f) && !columns.containsKey(f)) missing.add(LABELS.get(f));
        mapping = null;
        valid.set(false);
        if (!missing.isEmpty()) {
            converted.getItems().clear();
            problem.setText("Choose a column for: " + String.join(", ", missing));
            return;
        }
        try {
            mapping = new GatewayMapping(sample.format(), columns, timeFormat.getValue(), sample.delimiter());
        } catch (BundleFormatException e) {
            converted.getItems().clear();
            problem.setText(e.getMessage());
            return;
        }
        GatewayMapping m = mapping;
        previewing.set(true);
        problem.setText("Converting the first rows…");
        previewer.submit(() -> {
            List<GatewayPreview.Outcome> out;
            String error = null;
            try {
                out = GatewayPreview.convert(sample, m, GatewaySample.DEFAULT_ROWS);
            } catch (Exception e) {
                out = List.of();
                error = "Could not read " + sample.file().getFileName() + ": " + Fmt.message(e);
            }
            List<GatewayPreview.Outcome> result = out;
            String failure = error;
            Platform.runLater(() -> {
                if (gen != generation) return;
                show(result, failure);
                previewing.set(false);
            });
        });
    }

    private void show(List<GatewayPreview.Outcome> out, String failure) {
        converted.getItems().setAll(out);
        long good = out.stream().filter(GatewayPreview.Outcome::ok).count();
        if (failure != null) {
            problem.setText(failure);
        } else if (good == 0) {
            problem.setText("None of the first " + out.size() + " rows would import: check the timestamp column and its format, and the required columns.");
        } else if (good < out.size()) {
            problem.setText(good + " of the first " + out.size() + " rows import; the others would be quarantined with the reason shown.");
        } else {
            problem.setText("All of the first " + out.size() + " rows import. Enter imports the whole file, Esc cancels.");
        }
        valid.set(failure == null && good > 0);
    }

    /** The raw table's headers say which field each column feeds, so a wrong pick shows where it was made. */
    private void markHeaders(Map<String, String> columns) {
        for (int i = 0; i < sample.columns().size(); i++) {
            String col = sample.columns().get(i);
            List<String> to = columns.entrySet().stream().filter(e -> e.getValue().equals(col)).map(e -> LABELS.getOrDefault(e.getKey(), e.getKey())).toList();
            // two lines, so the column keeps the width its values need
            rows.getColumns().get(i + 1).setText(col + "\n" + (to.isEmpty() ? "" : "→ " + String.join(", ", to)));
        }
    }

    private String firstValue(String column) {
        int i = column == null ? -1 : sample.columns().indexOf(column);
        return i < 0 || sample.rows().isEmpty() ? null : sample.rows().get(0).cells().get(i);
    }

    private static TableColumn<GatewayPreview.Outcome, String> outcomeColumn(String title, java.util.function.Function<GatewayPreview.Outcome, String> value, double width) {
        TableColumn<GatewayPreview.Outcome, String> c = new TableColumn<>(title);
        c.setCellValueFactory(o -> new SimpleStringProperty(Fmt.oneLine(Objects.toString(value.apply(o.getValue()), ""), 120)));
        c.setPrefWidth(width);
        return c;
    }

    private static String describe(GatewaySample s) {
        String kind = s.format().equals("jsonl") ? "JSON lines, " + s.columns().size() + " fields"
                : "CSV (" + (s.delimiter() == '\t' ? "tab" : "'" + s.delimiter() + "'") + "-separated), " + s.columns().size() + " columns";
        return "It reads as " + kind + ".";
    }

    private static Label bold(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold");
        return l;
    }
}
