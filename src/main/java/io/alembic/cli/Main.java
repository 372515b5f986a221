package io.alembic.cli;

import io.alembic.bundle.BundleFormatException;
import io.alembic.bundle.BundleVerificationException;
import io.alembic.casefile.CaseException;
import io.alembic.casefile.ImportCancelledException;
import io.alembic.index.QuerySyntaxException;
import io.alembic.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;

/**
 * Entry point of the jar. It never touches JavaFX itself (only the gui subcommand does), so every other command
 * runs on a machine without a display. Exit codes: 0 success, 1 usage or other error, 2 evidence verification failed.
 */
@Command(name = "alembic", mixinStandardHelpOptions = true, version = io.alembic.report.ToolVersion.TEXT,
        description = "Forensic workbench for model-distillation investigations over LLM API log bundles.",
        subcommands = {ImportCommand.class, BundleCommand.class, SearchCommand.class, AccountsCommand.class, QuarantineCommand.class, VerifyCommand.class,
                TimelineCommand.class, TagCommand.class, UntagCommand.class, TagsCommand.class, UndoCommand.class,
                NoteCommand.class, NotesCommand.class, BookmarkCommand.class, BookmarksCommand.class, SavedSearchCommand.class,
                SampleCommand.class, BenchCommand.class, DetectCommand.class, DetectionsCommand.class, EvaluateCommand.class, ReportCommand.class, ExportCommand.class,
                GuiCommand.class})
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int ERROR = 1;
    public static final int VERIFICATION_FAILED = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(execute(OpenBundleArgs.rewrite(args, java.nio.file.Path.of(System.getProperty("user.home")))));
    }

    /** Runs a command line and returns its exit code (tests call this instead of spawning a JVM). */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("alembic: " + ex.getMessage());
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return ERROR;
        });
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("alembic: " + message(ex));
            if (Boolean.getBoolean("alembic.debug")) ex.printStackTrace(cmd.getErr());
            return ex instanceof BundleVerificationException ? VERIFICATION_FAILED : ERROR;
        });
        return cl;
    }

    private static String message(Exception ex) {
        if (ex instanceof NoSuchFileException e) return e.getFile() + ": no such file or folder";
        if (ex instanceof BundleVerificationException || ex instanceof BundleFormatException || ex instanceof CaseException
                || ex instanceof QuerySyntaxException || ex instanceof StoreException || ex instanceof ImportCancelledException) {
            return ex.getMessage();
        }
        if (ex instanceof IOException) return "I/O error: " + ex.getMessage();
        return ex.getClass().getSimpleName() + ": " + ex.getMessage();
    }
}
