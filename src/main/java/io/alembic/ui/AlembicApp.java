package io.alembic.ui;

import javafx.application.Application;
import javafx.concurrent.Task;
import javafx.concurrent.WorkerStateEvent;
import javafx.stage.Stage;

/**
 * The desktop workbench. Parameters: {@code --case DIR} opens (or creates) a case at start, {@code --import BUNDLE}
 * then imports a bundle into it.
 */
public final class AlembicApp extends Application {
    private CaseSession session;
    private MainWindow window;

    @Override
    public void start(Stage stage) {
        session = new CaseSession();
        window = new MainWindow(stage, session);
        window.show();
        StartupOptions opts;
        try {
            opts = StartupOptions.parse(getParameters().getRaw());
        } catch (IllegalArgumentException e) {
            window.error("Bad command line", e.getMessage());
            return;
        }
        if (opts.caseDir() != null) {
            Task<?> open = window.openCase(opts.caseDir());
            if (opts.importBundle() != null) {
                open.addEventHandler(WorkerStateEvent.WORKER_STATE_SUCCEEDED, e -> window.importBundle(opts.importBundle()));
            }
        } else if (opts.importBundle() != null) {
            window.error("No case to import into", "--import " + opts.importBundle() + " needs --case DIR as well.");
        }
    }

    @Override
    public void stop() {
        if (window != null) window.imports().cancelRunning();
        if (session != null) session.close();
    }

    public static void main(String[] args) {
        launch(AlembicApp.class, args);
    }
}
