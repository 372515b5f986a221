package io.alembic.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.List;

/** Column sizing shared by the tables. */
final class Columns {
    private Columns() { }

    /** A cell showing the whole text wrapped to the column's width (rows grow), for explanations and long values. */
    static <S> TableCell<S, String> wrapping(TableColumn<S, String> col) {
        TableCell<S, String> cell = new TableCell<>() {
            private final Text text = new Text();

            {
                text.getStyleClass().add("finding-text");
                text.wrappingWidthProperty().bind(col.widthProperty().subtract(14));
            }

            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                text.setText(empty || s == null ? "" : s);
                setGraphic(empty || s == null ? null : text);
            }
        };
        cell.setPrefHeight(javafx.scene.control.Control.USE_COMPUTED_SIZE);
        return cell;
    }

    /** Makes {@code last} take the width the other columns leave (never less than {@code min}). */
    static void fillLast(TableView<?> table, TableColumn<?, ?> last, double min) {
        List<ObservableValue<?>> deps = new ArrayList<>();
        deps.add(table.widthProperty());
        for (TableColumn<?, ?> c : table.getColumns()) if (c != last) deps.add(c.widthProperty());
        DoubleBinding rest = Bindings.createDoubleBinding(() -> {
            double used = 0;
            for (TableColumn<?, ?> c : table.getColumns()) if (c != last && c.isVisible()) used += c.getWidth();
            return Math.max(min, table.getWidth() - used - 18);
        }, deps.toArray(ObservableValue[]::new));
        last.prefWidthProperty().bind(rest);
    }
}
