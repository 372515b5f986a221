package io.alembic.report.doc;

import java.util.List;

/** A table whose cells wrap; column weights share out the page width. A row may span pages only between rows. */
public record Table(List<Column> columns, List<List<String>> rows) implements Block {
    public record Column(String title, double weight, boolean mono) {}

    public Table {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        for (List<String> r : rows) {
            if (r.size() != columns.size()) throw new IllegalArgumentException("row of " + r.size() + " cells for " + columns.size() + " columns");
        }
    }
}
