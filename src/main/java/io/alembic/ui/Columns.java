package io.alembic.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.util.ArrayList;
import java.util.List;

/** Column sizing shared by the tables. */
final class Columns {
    private Columns() { }

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
