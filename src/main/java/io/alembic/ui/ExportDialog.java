package io.alembic.ui;

import io.alembic.export.ExportFormat;
import io.alembic.export.ExportRequest;
import io.alembic.export.ExportScope;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

/**
 * Asks what to export: the format, the scope (the whole case, the accounts selected in the view, a tag, or the
 * current search's hits) and the file. Opens on the scope the current view suggests; writes nothing itself.
 */
final class ExportDialog extends Dialog<ExportRequest> {
    static final ButtonType EXPORT = new ButtonType("Export", ButtonBar.ButtonData.OK_DONE);

    /** What the window offers as starting points: selected accounts, the current query, the case's tags. */
    record Defaults(List<String> accounts, String query, List<String> tags, Path folder, ExportScope.Kind preferred) {}

    final RadioButton csv = radio("CSV — records, and findings in a second file", "exportCsv");
    final RadioButton json = radio("JSON — records with their verbatim lines, findings, clusters", "exportJson");
    final RadioButton stix = radio("STIX 2.1 — indicators and campaigns for another team's tools", "exportStix");
    final RadioButton whole = radio("Whole case", "scopeAll");
    final RadioButton accounts = radio("Selected accounts", "scopeAccounts");
    final RadioButton tag = radio("Tag", "scopeTag");
    final RadioButton query = radio("Hits of the query", "scopeQuery");
    final ComboBox<String> tagChoice = new ComboBox<>();
    final TextField queryText = new TextField();
    final TextField file = new TextField();
    private final List<String> selected;
    private final Label note = new Label();

    ExportDialog(Window owner, Defaults d) {
        initOwner(owner);
        setTitle("Export");
        setHeaderText("Export records, findings or indicators");
        getDialogPane().setId("exportDialog");
        getDialogPane().getButtonTypes().addAll(EXPORT, ButtonType.CANCEL);
        this.selected = List.copyOf(d.accounts());

        ToggleGroup formats = new ToggleGroup();
        for (RadioButton r : List.of(csv, json, stix)) r.setToggleGroup(formats);
        csv.setSelected(true);
        ToggleGroup scopes = new ToggleGroup();
        for (RadioButton r : List.of(whole, accounts, tag, query)) r.setToggleGroup(scopes);

        accounts.setText(selected.isEmpty() ? "Selected accounts (none selected)" : "Selected accounts: " + Fmt.oneLine(String.join(", ", selected), 70));
        accounts.setDisable(selected.isEmpty());
        tagChoice.setId("exportTag");
        tagChoice.setPromptText("tag");
        offerTags(d.tags());
        tagChoice.disableProperty().bind(tag.selectedProperty().not());
        queryText.setId("exportQuery");
        queryText.setText(d.query() == null ? "" : d.query());
        queryText.setPromptText("search syntax, e.g. krebs AND account:acct_1");
        queryText.disableProperty().bind(query.selectedProperty().not());
        switch (d.preferred()) {
            case ACCOUNTS -> (selected.isEmpty() ? whole : accounts).setSelected(true);
            case QUERY -> (queryText.getText().isBlank() ? whole : query).setSelected(true);
            case TAG -> tag.setSelected(true);
            case ALL -> whole.setSelected(true);
        }
        whole.textProperty().bind(Bindings.when(stix.selectedProperty())
                .then("Whole case — for STIX, the accounts detection flagged").otherwise("Whole case — every record"));

        file.setId("exportFile");
        file.setPrefColumnCount(42);
        Button browse = new Button("Browse…");
        browse.setId("exportBrowse");
        browse.setOnAction(e -> browse(owner));
        formats.selectedToggleProperty().addListener((o, a, b) -> {
            retarget(d.folder());
            explain();
        });
        retarget(d.folder());
        explain();

        GridPane scopeGrid = new GridPane();
        scopeGrid.setHgap(8);
        scopeGrid.setVgap(6);
        scopeGrid.addRow(0, whole);
        scopeGrid.addRow(1, accounts);
        scopeGrid.addRow(2, tag, tagChoice);
        scopeGrid.addRow(3, query, queryText);
        GridPane.setHgrow(queryText, Priority.ALWAYS);
        HBox fileRow = new HBox(6, file, browse);
        fileRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(file, Priority.ALWAYS);
        note.setWrapText(true);
        note.setMaxWidth(620);
        note.getStyleClass().add("export-note");
        VBox box = new VBox(8, bold("Format"), new VBox(4, csv, json, stix), bold("Records"), scopeGrid, bold("File"), fileRow, note);
        box.setPadding(new Insets(6, 0, 0, 0));
        box.setPrefWidth(660);
        getDialogPane().setContent(box);

        BooleanBinding incomplete = file.textProperty().isEmpty()
                .or(tag.selectedProperty().and(tagChoice.valueProperty().isNull()))
                .or(query.selectedProperty().and(queryText.textProperty().isEmpty()));
        getDialogPane().lookupButton(EXPORT).disableProperty().bind(incomplete);
        setResultConverter(b -> b == EXPORT ? request() : null);
    }

    /** The case's tags, once loaded (off the FX thread); the first is picked so Tag is one click away. */
    void offerTags(List<String> tags) {
        tagChoice.getItems().setAll(tags);
        if (tagChoice.getValue() == null && !tags.isEmpty()) tagChoice.getSelectionModel().select(0);
    }

    /** The request the fields describe now. */
    ExportRequest request() {
        ExportScope scope = accounts.isSelected() ? ExportScope.accounts(selected)
                : tag.isSelected() ? ExportScope.tag(tagChoice.getValue())
                : query.isSelected() ? ExportScope.query(queryText.getText().strip())
                : ExportScope.all();
        return new ExportRequest(format(), scope, Path.of(file.getText().strip()));
    }

    ExportFormat format() { return stix.isSelected() ? ExportFormat.STIX : json.isSelected() ? ExportFormat.JSON : ExportFormat.CSV; }

    /** Follows the format with the file name's extension, unless the analyst typed a name of their own elsewhere. */
    private void retarget(Path folder) {
        String current = file.getText().strip();
        if (!current.isEmpty()) {
            Path p = Path.of(current);
            String name = p.getFileName().toString();
            for (ExportFormat f : ExportFormat.values()) {
                if (name.endsWith(f.extension())) {
                    file.setText(p.resolveSibling(name.substring(0, name.length() - f.extension().length()) + format().extension()).toString());
                    return;
                }
            }
            return;
        }
        if (folder != null) file.setText(folder.resolve("exports").resolve("export" + format().extension()).toString());
    }

    private void explain() {
        note.setText(switch (format()) {
            case CSV -> "Spreadsheet safety: text cells that start with = + - @ Tab or CR get a leading ' so no formula runs. "
                    + "Findings go to NAME.findings.csv beside the file. Both files' SHA-256 go into the audit log.";
            case JSON -> "Streamed: millions of records export in constant memory. Each record keeps its verbatim line from the evidence. "
                    + "The file's SHA-256 goes into the audit log.";
            case STIX -> "Accounts, API keys, IPs, ASNs, user agents, routers and forwarded-for origins as indicators, with their campaigns. "
                    + "Ids and times come from the case, so exporting again gives the same bundle.";
        });
    }

    private void browse(Window owner) {
        FileChooser fc = new FileChooser();
        fc.setTitle("Export to");
        String current = file.getText().strip();
        if (!current.isEmpty()) {
            File f = new File(current);
            if (f.getParentFile() != null && f.getParentFile().isDirectory()) fc.setInitialDirectory(f.getParentFile());
            fc.setInitialFileName(f.getName());
        }
        File chosen = fc.showSaveDialog(owner);
        if (chosen != null) file.setText(chosen.getPath());
    }

    private static RadioButton radio(String text, String id) {
        RadioButton r = new RadioButton(text);
        r.setId(id);
        return r;
    }

    private static Label bold(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }
}
