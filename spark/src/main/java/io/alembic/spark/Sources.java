package io.alembic.spark;

import io.alembic.bundle.LineReader;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The raw request lines of the whole input as one RDD of {@link Line}s. Text files are read whole by one task each
 * (gzip is not splittable, and a task that owns a file numbers its lines exactly as a desktop scan does) through the
 * same {@link LineReader} the importer uses. Parquet rows become JSON lines: the {@code raw} column verbatim when the
 * files have one, else the row's columns written as one JSON object ({@code to_json}), so both paths are parsed by
 * the same reader.
 */
final class Sources {
    private Sources() { }

    static JavaRDD<Line> lines(SparkSession spark, InputPlan plan, HadoopConf conf) {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        JavaRDD<Line> out = null;
        if (!plan.text.isEmpty()) {
            out = sc.parallelize(plan.text, plan.text.size()).flatMap(new ReadText(conf));
        }
        if (!plan.parquet.isEmpty()) {
            JavaRDD<Line> pq = parquet(spark, plan.parquet, plan.text.size());
            out = out == null ? pq : out.union(pq);
        }
        return out;
    }

    /** Reads one text file into lines, lazily: memory stays bounded by the longest line. */
    static final class ReadText implements FlatMapFunction<InputPlan.TextFile, Line> {
        private final HadoopConf conf;

        ReadText(HadoopConf conf) { this.conf = conf; }

        @Override
        public Iterator<Line> call(InputPlan.TextFile f) throws IOException {
            Path p = new Path(f.uri());
            LineReader r = new LineReader(p.getFileSystem(conf.get()).open(p, 1 << 16), p.getName());
            return new Iterator<>() {
                Line next;
                boolean done;

                @Override
                public boolean hasNext() {
                    if (next != null) return true;
                    if (done) return false;
                    try {
                        while (r.next()) {
                            if (r.length() == 0) continue; // a desktop scan skips empty lines too
                            next = new Line(Line.ordinal(f.index(), r.lineNumber()), Arrays.copyOf(r.bytes(), r.length()));
                            return true;
                        }
                        done = true;
                        r.close();
                        return false;
                    } catch (IOException e) {
                        throw new UncheckedIOException(f.uri() + ": " + e.getMessage(), e);
                    }
                }

                @Override
                public Line next() {
                    if (!hasNext()) throw new NoSuchElementException();
                    Line l = next;
                    next = null;
                    return l;
                }
            };
        }
    }

    /**
     * Parquet: files are numbered after the text files in the order of their paths, rows by their index in the file
     * (Spark's {@code _metadata.row_index}), so the line order does not depend on how Spark splits the files.
     */
    static JavaRDD<Line> parquet(SparkSession spark, List<String> paths, int firstIndex) {
        Dataset<Row> df = spark.read().parquet(paths.toArray(new String[0]));
        List<String> columns = Arrays.asList(df.columns());
        Column raw;
        if (columns.contains("raw")) {
            raw = functions.col("raw").cast("string");
        } else {
            Column[] cols = columns.stream().map(functions::col).toArray(Column[]::new);
            raw = functions.to_json(functions.struct(cols), Map.of("timestampFormat", "yyyy-MM-dd'T'HH:mm:ss.SSSXXX",
                    "ignoreNullFields", "true"));
        }
        Dataset<Row> rows = df.select(functions.col("_metadata.file_path").as("f"), functions.col("_metadata.row_index").as("r"),
                raw.as("raw"));
        List<String> files = new ArrayList<>();
        for (Row r : rows.select("f").distinct().collectAsList()) files.add(r.getString(0));
        files.sort(null);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < files.size(); i++) index.put(files.get(i), firstIndex + i);
        return rows.javaRDD().filter(r -> !r.isNullAt(2)).map(r -> new Line(
                Line.ordinal(index.get(r.getString(0)), r.getLong(1) + 1), r.getString(2).getBytes(StandardCharsets.UTF_8)));
    }
}
