package io.alembic.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;

import java.io.PrintStream;

/**
 * Entry point: {@code spark-submit --class io.alembic.spark.DistillationJob alembic-spark.jar --input … --out …}.
 * Parses the options, starts (or joins) the Spark session, runs the {@link Pipeline}. Without a master from
 * spark-submit or {@code -Dspark.master}, it runs in local mode on all cores.
 */
public final class DistillationJob {
    public static final int OK = 0, ERROR = 1, MISMATCH = 2;

    private DistillationJob() { }

    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        if (code != OK) System.exit(code);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        JobOptions opts = new JobOptions();
        CommandLine cli = new CommandLine(opts);
        try {
            cli.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            err.println("alembic-spark: " + e.getMessage());
            cli.usage(err);
            return ERROR;
        }
        if (cli.isUsageHelpRequested()) {
            cli.usage(out);
            return OK;
        }
        if (cli.isVersionHelpRequested()) {
            out.println(Pipeline.COMPUTED_BY);
            return OK;
        }
        SparkConf conf = new SparkConf().setAppName("alembic distillation " + String.join(" ", opts.inputs));
        if (!conf.contains("spark.master")) conf.setMaster("local[*]");
        // every account's summary comes to the driver (about 2 KB each); the cross-account stage needs them all there,
        // so the default 1 GB cap on collected results would only stop a big run late: the driver's heap is the limit
        if (!conf.contains("spark.driver.maxResultSize")) conf.set("spark.driver.maxResultSize", "0");
        SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
        try {
            Pipeline.Result r = new Pipeline(spark, opts, err).run();
            out.printf("%s: %d of %d accounts flagged, %d kept with %d requests -> %s%n", r.jobId(), r.full().flagged().size(),
                    r.full().accounts().size(), r.keep().accounts().size(), r.counts().get("kept_requests"), opts.out);
            return OK;
        } catch (Pipeline.InputMismatchException e) {
            err.println("alembic-spark: input verification failed: " + e.getMessage());
            return MISMATCH;
        } catch (IllegalArgumentException e) {
            err.println("alembic-spark: " + e.getMessage());
            return ERROR;
        } catch (Exception e) {
            err.println("alembic-spark: failed: " + e);
            e.printStackTrace(err);
            return ERROR;
        } finally {
            spark.stop();
        }
    }
}
