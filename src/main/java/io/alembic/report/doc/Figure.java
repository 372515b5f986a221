package io.alembic.report.doc;

import io.alembic.report.chart.Chart;

/** A chart drawn as vector graphics, {@code height} points tall across the text width, with a caption under it. */
public record Figure(Chart chart, double height, String caption) implements Block {}
