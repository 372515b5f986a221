package io.alembic.spark;

import org.apache.spark.sql.SparkSession;

/** One local-mode session on two cores for all tests of the module (starting Spark costs seconds). */
final class LocalSpark {
    private static SparkSession session;

    private LocalSpark() { }

    static synchronized SparkSession get() {
        if (session == null) {
            session = SparkSession.builder().master("local[2]").appName("alembic-spark tests")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "4")
                    .config("spark.driver.host", "127.0.0.1")
                    .getOrCreate();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> session.stop()));
        }
        return session;
    }

    /** Runs the job's pipeline in this session with command-line options. */
    static Pipeline.Result run(String... args) throws Exception {
        JobOptions opts = new JobOptions();
        new picocli.CommandLine(opts).parseArgs(args);
        return new Pipeline(get(), opts, System.err).run();
    }
}
