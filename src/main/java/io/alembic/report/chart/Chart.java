package io.alembic.report.chart;

/** A figure drawn for print in a box of width x height points. */
public interface Chart {
    void draw(Pen pen, double width, double height);
}
