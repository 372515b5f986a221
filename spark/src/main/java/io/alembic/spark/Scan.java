package io.alembic.spark;

import io.alembic.detect.RequestFacts;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.min_by;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

/**
 * The first pass: the log's window and size as the detectors see it. A line counts when the importer and the detectors'
 * reader accept it ({@link Accepted}), once per request id (the first in input order, as a desktop scan keeps it); the window is the first and last
 * such request. Repeated ids are few; the driver gets them as a map id to the ordinal of the copy that counts.
 * Only (request id, ordinal, time) are shuffled, grouped by request id.
 */
final class Scan {
    /**
     * @param repeats request id to the ordinal of the occurrence that counts, for ids seen more than once
     */
    record Result(long lines, long unreadable, long requests, long windowStart, long windowEnd, long duplicateLines,
                  Map<String, Long> repeats) implements Serializable {}

    private static final StructType IDS = new StructType()
            .add("request_id", DataTypes.StringType, true)
            .add("ordinal", DataTypes.LongType, false)
            .add("ts", DataTypes.LongType, false);

    private Scan() { }

    static Result run(SparkSession spark, JavaRDD<Line> lines) {
        Dataset<Row> ids = spark.createDataFrame(lines.mapPartitions(new Ids()), IDS);
        // unreadable lines all fall in the group of the null id: one group, counted apart
        Dataset<Row> byId = ids.groupBy(col("request_id")).agg(count(lit(1)).as("n"), min(col("ordinal")).as("first"),
                min_by(col("ts"), col("ordinal")).as("ts"));
        Row r = byId.agg(
                sum(col("n")).as("lines"),
                sum(when(col("request_id").isNull(), col("n")).otherwise(0L)).as("unreadable"),
                count(col("request_id")).as("requests"),
                min(when(col("request_id").isNotNull(), col("ts"))).as("start"),
                max(when(col("request_id").isNotNull(), col("ts"))).as("end"),
                sum(when(col("request_id").isNotNull(), col("n").minus(1)).otherwise(0L)).as("dups"),
                collect_list(when(col("request_id").isNotNull().and(col("n").gt(1)), struct(col("request_id"), col("first"))))
                        .as("repeats")).first();
        Map<String, Long> repeats = new HashMap<>();
        List<Row> rs = r.getList(6);
        for (Row x : rs) repeats.put(x.getString(0), x.getLong(1));
        long requests = r.getLong(2);
        return new Result(r.isNullAt(0) ? 0 : r.getLong(0), r.isNullAt(1) ? 0 : r.getLong(1), requests,
                requests == 0 ? 0 : r.getLong(3), requests == 0 ? 0 : r.getLong(4), r.isNullAt(5) ? 0 : r.getLong(5), repeats);
    }

    /** (request id, ordinal, time) per line; a line the reader refuses has a null id. */
    static final class Ids implements FlatMapFunction<Iterator<Line>, Row> {
        @Override
        public Iterator<Row> call(Iterator<Line> in) {
            Accepted reader = new Accepted(Map.of());
            return new MappedIterator<>(in, l -> {
                RequestFacts f = reader.read(l);
                return f == null ? RowFactory.create(null, l.ordinal(), 0L) : RowFactory.create(f.requestId(), l.ordinal(), f.tsMs());
            });
        }
    }
}
