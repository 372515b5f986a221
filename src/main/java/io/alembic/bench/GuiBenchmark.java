package io.alembic.bench;

import io.alembic.casefile.Case;
import io.alembic.ui.CaseSession;
import io.alembic.ui.MainWindow;
import io.alembic.ui.UiWorkout;
import io.alembic.ui.UiWorkout.Table;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.stage.Stage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * {@code bench gui}: the real main window on a case, driven through an analyst's routine (searches, a hit's
 * conversation, scrolling the hits and the accounts, the busiest account's timeline and zooming it, the detections,
 * that account's requests) while {@link FxStallWatch} measures how long the FX thread is ever kept busy. Each step
 * waits until the reads it started have been shown, then pauses as an analyst would before the next click.
 */
public final class GuiBenchmark {
    /** How long an analyst looks at a result before the next action; stalls during it still count. */
    static final long THINK_MS = 200;
    /** Positions a scroll-bar drag passes through, one per frame at 60 Hz. */
    static final int SCROLL_FRAMES = 60;
    /** Reads of one step are chained at most this deep (a timeline loads its records, then its marks). */
    static final int SETTLE_ROUNDS = 3;
    static final long STEP_TIMEOUT_MIN = 15;
    /** Opening the case loads every view once; reported, but apart from the routine that follows. */
    static final String OPEN_CASE = "open case";

    private final Path caseDir;
    private final Map<String, Double> responseMs = new LinkedHashMap<>();
    private final List<String> uncaught = new java.util.concurrent.CopyOnWriteArrayList<>();
    private FxStallWatch watch;
    private UiWorkout ui;

    private GuiBenchmark(Path caseDir) { this.caseDir = caseDir; }

    public static GuiResult run(Path caseDir, int rounds) throws Exception {
        if (rounds < 1) throw new IllegalArgumentException("rounds must be at least 1, got " + rounds);
        if (!Files.isDirectory(caseDir)) throw new IOException("no case folder at " + caseDir);
        return new GuiBenchmark(caseDir).go(rounds);
    }

    private GuiResult go(int rounds) throws Exception {
        // an error on any thread (the FX thread running out of heap above all) makes the figures meaningless;
        // exceptions the GUI survives are counted in the report
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> uncaught.add(t.getName() + ": " + e));
        try {
            return measure(rounds);
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(previous);
        }
    }

    private GuiResult measure(int rounds) throws Exception {
        boolean started = startToolkit();
        Stage[] stage = new Stage[1];
        CaseSession session = fx(CaseSession::new);
        long t0 = System.nanoTime();
        try (FxStallWatch w = new FxStallWatch()) {
            watch = w;
            MainWindow window = fx(() -> {
                stage[0] = new Stage();
                MainWindow mw = new MainWindow(stage[0], session);
                mw.show();
                return mw;
            });
            ui = new UiWorkout(window);
            step(OPEN_CASE, () -> openCase(session, window));
            long[] counts = fx(() -> new long[]{ui.rows(Table.ACCOUNTS), ui.rows(Table.DETECTIONS)});
            long records = done(fx(() -> session.query(Case::recordCount)));
            for (int r = 0; r < rounds; r++) routine();
            long wall = System.nanoTime() - t0;
            if (w.failure() != null) throw new IllegalStateException("the FX-thread watchdog stopped: " + w.failure(), w.failure());
            for (String u : uncaught) {
                if (u.contains("Error")) throw new IllegalStateException("the GUI failed during the routine: " + u);
            }
            return new GuiResult(caseDir, records, counts[0], counts[1], rounds, w.overall(), w.over100(),
                    w.excluding(java.util.Set.of(FxStallWatch.FIRST_PHASE, OPEN_CASE)), w.phases(),
                    Map.copyOf(responseMs), wall, System.getProperty("glass.platform", "default"), List.copyOf(uncaught));
        } finally {
            if (stage[0] != null) fx(() -> { stage[0].close(); return null; });
            session.close();
            if (started) Platform.exit();
        }
    }

    private void routine() throws Exception {
        step("search phrase", () -> act(u -> u.search("\"step by step\"")));
        step("search prefix", () -> act(u -> u.search("prompt:expl*")));
        step("search all", () -> act(u -> u.search("*")));
        step("open a hit", () -> act(u -> u.select(Table.SEARCH, 0)));
        step("scroll hits", () -> scroll(Table.SEARCH));
        step("accounts view", () -> act(u -> u.show(MainWindow.View.ACCOUNTS)));
        step("scroll accounts", () -> scroll(Table.ACCOUNTS));
        step("select busiest account", () -> act(u -> u.select(Table.ACCOUNTS, 0)));
        step("open its timeline", () -> act(UiWorkout::openTimelineOfSelected));
        step("zoom timeline", () -> {
            for (double f : new double[]{0.5, 0.5, 0.5, 8}) {
                act(u -> u.zoomTimeline(f));
                TimeUnit.MILLISECONDS.sleep(50); // wheel clicks, not one jump
            }
        });
        step("detections view", () -> act(u -> {
            u.show(MainWindow.View.DETECTIONS);
            u.select(Table.DETECTIONS, 0);
        }));
        step("scroll detections", () -> scroll(Table.DETECTIONS));
        step("search its requests", () -> act(u -> u.searchAccount(u.selectedAccount())));
    }

    interface Body { void run() throws Exception; }

    /** Runs one action, waits until its reads are shown, records how long that took, then pauses to "read" it. */
    private void step(String name, Body body) throws Exception {
        watch.phase(name);
        long s = System.nanoTime();
        body.run();
        settle();
        responseMs.merge(name, (System.nanoTime() - s) / 1e6, Math::max);
        TimeUnit.MILLISECONDS.sleep(THINK_MS);
        settle(); // a timeline re-aggregates the zoomed window after a short pause of its own
    }

    private void act(Consumer<UiWorkout> action) throws Exception {
        fx(() -> {
            action.accept(ui);
            return null;
        });
    }

    private void scroll(Table t) throws Exception {
        int rows = fx(() -> ui.rows(t));
        for (int i = 0; i <= SCROLL_FRAMES && rows > 0; i++) {
            int row = (int) ((long) (rows - 1) * i / SCROLL_FRAMES);
            act(u -> u.scrollTo(t, row));
            TimeUnit.MILLISECONDS.sleep(16);
        }
        act(u -> u.scrollTo(t, 0));
    }

    private void openCase(CaseSession session, MainWindow window) throws Exception {
        Task<Case> open = fx(() -> session.open(caseDir, false));
        done(open);
        act(u -> u.show(MainWindow.View.SEARCH));
    }

    /** Waits until every read queued so far has finished and its result has been handed to the FX thread. */
    private void settle() throws Exception {
        for (int i = 0; i < SETTLE_ROUNDS; i++) done(fx(ui::queryBarrier));
        fx(() -> null);
    }

    /** The task's value once it has finished, or its failure as an exception naming the case. */
    private <T> T done(Task<T> task) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        fx(() -> {
            Runnable check = () -> {
                if (task.getState() == Worker.State.SUCCEEDED) f.complete(task.getValue());
                else if (task.getState() == Worker.State.FAILED || task.getState() == Worker.State.CANCELLED) {
                    Throwable e = task.getException();
                    f.completeExceptionally(new IOException(caseDir + ": " + (e == null ? "cancelled" : e.getMessage()), e));
                }
            };
            task.stateProperty().addListener((o, a, b) -> check.run());
            check.run();
            return null;
        });
        return f.get(STEP_TIMEOUT_MIN, TimeUnit.MINUTES);
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(c.call());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        try {
            return f.get(STEP_TIMEOUT_MIN, TimeUnit.MINUTES);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof Exception ex ? ex : e;
        }
    }

    /** Starts JavaFX unless something (a test harness) already has; true when this call started it. */
    private static boolean startToolkit() throws InterruptedException {
        CountDownLatch up = new CountDownLatch(1);
        try {
            Platform.startup(up::countDown);
        } catch (IllegalStateException alreadyRunning) {
            return false;
        }
        up.await();
        Platform.setImplicitExit(false);
        return true;
    }
}
