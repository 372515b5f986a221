package io.alembic.spark;

import io.alembic.casefile.CancelToken;
import io.alembic.casefile.Case;
import io.alembic.casefile.ImportListener;
import io.alembic.casefile.ImportReport;
import io.alembic.detect.DetectionReport;
import io.alembic.detect.ReportCodec;
import io.alembic.sample.Corpora;
import io.alembic.sample.SampleGenerator;
import io.alembic.sample.SampleSpec;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Inputs other than a clean bundle, on a small generated bundle with malformed lines and repeated request ids: the
 * job counts exactly the lines the workbench's importer keeps (the report equals import + detect of the whole bundle
 * on the desktop, and the reduced bundle imports with nothing quarantined), and the same lines as Parquet with a
 * {@code raw} column, or as plain .jsonl.gz files with a separate registry, give the same report.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OtherInputsTest {
    @TempDir
    static Path tmp;

    Path bundle;
    DetectionReport desktop;
    long caseRequests;
    Pipeline.Result fromBundle;

    @BeforeAll
    void setUp() throws Exception {
        bundle = new SampleGenerator(Corpora.locate(), new SampleSpec(7, 60, 6_000, false, 16, 2_000, true)).generate(tmp, "bad");
        try (Case c = Case.openOrCreate(tmp.resolve("desktop"))) {
            ImportReport r = c.importBundle(bundle, false, ImportListener.NONE, CancelToken.none());
            assertTrue(r.recordsQuarantined() > 0, "the bundle has malformed lines");
            desktop = c.detect(null, ImportListener.NONE, CancelToken.none());
            caseRequests = c.recordCount();
        }
        fromBundle = LocalSpark.run("--input", bundle.toString(), "--out", tmp.resolve("r1").toString(), "--job-id", "bad");
    }

    @Test
    void countsWhatTheImporterKeepsAndScoresAsImportPlusDetect() throws Exception {
        assertEquals(caseRequests, fromBundle.counts().get("requests"));
        assertTrue(fromBundle.counts().get("lines_unreadable") > 0);
        assertTrue(fromBundle.counts().get("duplicate_lines_dropped") > 0);
        assertEquals(ReportCodec.toString(desktop), ReportCodec.toString(fromBundle.full()));
        try (Case c = Case.openOrCreate(tmp.resolve("laptop"))) {
            ImportReport r = c.importBundle(tmp.resolve("r1"), false, ImportListener.NONE, CancelToken.none());
            assertEquals(0, r.recordsQuarantined(), "the reduced bundle holds only lines the importer keeps");
            assertEquals(fromBundle.counts().get("kept_requests"), r.recordsImported());
        }
    }

    @Test
    void parquetWithARawColumnGivesTheSameReport() throws Exception {
        SparkSession spark = LocalSpark.get();
        InputPlan plan = InputPlan.resolve(spark.sparkContext().hadoopConfiguration(), List.of(bundle.toString()), List.of(),
                InputPlan.Format.AUTO);
        JavaRDD<Line> lines = Sources.lines(spark, plan, new HadoopConf(spark.sparkContext().hadoopConfiguration()));
        StructType schema = new StructType().add("ordinal", DataTypes.LongType).add("raw", DataTypes.StringType);
        Dataset<Row> df = spark.createDataFrame(lines.map(l -> RowFactory.create(l.ordinal(), new String(l.raw(), StandardCharsets.UTF_8))), schema);
        Path pq = tmp.resolve("pq");
        // two files, each in input order
        df.orderBy("ordinal").select("raw").coalesce(1).write().parquet(pq.resolve("a").toString());
        Path accounts = bundle.resolve("accounts.jsonl");
        Pipeline.Result r = LocalSpark.run("--input", pq.resolve("a").toString(), "--accounts", accounts.toString(),
                "--out", tmp.resolve("r2").toString(), "--job-id", "pq");
        assertEquals(ReportCodec.toString(fromBundle.full()), ReportCodec.toString(r.full()));
        assertEquals(fromBundle.counts().get("kept_requests"), r.counts().get("kept_requests"));
    }

    @Test
    void jsonlFilesByGlobWithARegistryGiveTheSameReport() throws Exception {
        Path logs = tmp.resolve("logs");
        Files.createDirectories(logs);
        try (var parts = Files.list(bundle.resolve("records"))) {
            for (Path p : parts.sorted().toList()) Files.copy(p, logs.resolve(p.getFileName()));
        }
        Pipeline.Result r = LocalSpark.run("--input", logs + "/part-*.jsonl.gz", "--accounts", bundle.resolve("accounts.jsonl").toString(),
                "--out", tmp.resolve("r3").toString(), "--job-id", "glob");
        assertEquals(ReportCodec.toString(fromBundle.full()), ReportCodec.toString(r.full()));
    }
}
