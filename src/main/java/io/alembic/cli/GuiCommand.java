package io.alembic.cli;

import io.alembic.ui.AlembicApp;
import io.alembic.ui.StartupOptions;
import javafx.application.Application;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code alembic gui [--case DIR] [--import BUNDLE]}: starts the desktop workbench. */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = "Open the desktop workbench (optionally on a case, importing a bundle at start).")
public final class GuiCommand implements Callable<Integer> {

    @Option(names = "--case", paramLabel = "DIR", description = "Case folder to open (created if missing).")
    Path caseDir;

    @Option(names = "--import", paramLabel = "BUNDLE",
            description = "Evidence bundle (folder or .zip) to import into the case at start; needs --case.")
    Path importBundle;

    @Override
    public Integer call() {
        if (importBundle != null && caseDir == null) {
            System.err.println("alembic: --import needs --case DIR");
            return Main.ERROR;
        }
        var problem = DisplayCheck.problem(DisplayCheck.Facts.current());
        if (problem.isPresent()) {
            System.err.println(problem.get());
            return Main.ERROR;
        }
        try {
            Application.launch(AlembicApp.class, new StartupOptions(caseDir, importBundle).toArgs());
        } catch (RuntimeException | LinkageError e) {
            var explained = DisplayCheck.explain(e);
            if (explained.isEmpty()) throw e;
            System.err.println(explained.get());
            return Main.ERROR;
        }
        return 0;
    }
}
