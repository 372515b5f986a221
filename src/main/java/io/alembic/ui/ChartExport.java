package io.alembic.ui;

import io.alembic.timeline.GapHistogram;
import io.alembic.timeline.Timeline;
import io.alembic.timeline.TimelineBucket;
import javafx.concurrent.Task;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/** Saves the chart on screen as PNG and its numbers as CSV; the snapshot is taken on the FX thread, the file written off it. */
final class ChartExport {
    private static final ExecutorService IO = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "alembic-export");
        t.setDaemon(true);
        return t;
    });

    private ChartExport() { }

    static void choosePng(Window owner, Node chart, String name, Consumer<String> status) {
        File f = chooser("PNG image (*.png)", "*.png", name + ".png").showSaveDialog(owner);
        if (f != null) png(chart, f.toPath(), status);
    }

    static void chooseCsv(Window owner, String csv, String name, Consumer<String> status) {
        File f = chooser("CSV (*.csv)", "*.csv", name + ".csv").showSaveDialog(owner);
        if (f != null) write(f.toPath(), csv, status);
    }

    static Task<Path> png(Node chart, Path file, Consumer<String> status) {
        WritableImage img = chart.snapshot(null, null);
        BufferedImage bi = SwingFXUtils.fromFXImage(img, null);
        return submit(() -> {
            ImageIO.write(bi, "png", file.toFile());
            return file;
        }, status);
    }

    static Task<Path> write(Path file, String text, Consumer<String> status) {
        return submit(() -> Files.writeString(file, text, StandardCharsets.UTF_8), status);
    }

    private static Task<Path> submit(java.util.concurrent.Callable<Path> work, Consumer<String> status) {
        Task<Path> t = new Task<>() {
            @Override
            protected Path call() throws Exception { return work.call(); }
        };
        t.setOnSucceeded(e -> status.accept("Saved " + t.getValue()));
        t.setOnFailed(e -> status.accept("Could not save: " + Fmt.message(t.getException())));
        IO.submit(t);
        return t;
    }

    private static FileChooser chooser(String what, String glob, String name) {
        FileChooser fc = new FileChooser();
        fc.setTitle("Export");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(what, glob));
        fc.setInitialFileName(name.replaceAll("[^A-Za-z0-9._-]", "_"));
        return fc;
    }

    /** One row per bucket, the same columns as the CLI's timeline --json. */
    static String bucketsCsv(Timeline t) {
        StringBuilder sb = new StringBuilder("start,requests,status_2xx,status_429,status_other,input_tokens,output_tokens,reasoning_tokens\n");
        if (t != null) for (TimelineBucket b : t.buckets()) {
            sb.append(Instant.ofEpochMilli(b.startMs())).append(',').append(b.requests()).append(',').append(b.status2xx())
                    .append(',').append(b.status429()).append(',').append(b.statusOther()).append(',').append(b.inputTokens())
                    .append(',').append(b.outputTokens()).append(',').append(b.reasoningTokens()).append('\n');
        }
        return sb.toString();
    }

    /** Hour-of-week counts in both zones, then the gap histogram. */
    static String cadenceCsv(Timeline t) {
        StringBuilder sb = new StringBuilder("day,hour,requests_" + (t == null ? "UTC" : t.query().zone().getId()) + ",requests_UTC\n");
        if (t == null) return sb.toString();
        for (int i = 0; i < 168; i++) {
            sb.append(HeatMapCanvas.DAYS[i / 24]).append(',').append(i % 24).append(',').append(t.hourOfWeek()[i]).append(',')
                    .append(t.hourOfWeekUtc()[i]).append('\n');
        }
        sb.append("\ngap_upper_ms,count\n");
        for (GapHistogram.Bucket b : t.gaps()) {
            sb.append(b.upperMs() == Long.MAX_VALUE ? "inf" : Long.toString(b.upperMs())).append(',').append(b.count()).append('\n');
        }
        return sb.toString();
    }
}
