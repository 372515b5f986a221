package io.alembic.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Whether the GUI can open a window here, decided from plain facts about the environment before JavaFX starts, so the
 * analyst reads one line naming what to install instead of JavaFX's stack trace. Only Linux desktops need checking:
 * Windows and macOS always have their window system.
 */
final class DisplayCheck {
    static final String NO_DISPLAY = "alembic: no display to open the window on (DISPLAY is not set): run it in a desktop"
            + " session, or without one as 'xvfb-run -a alembic gui …' (sudo apt-get install xvfb); every other command"
            + " runs without a display";
    static final String NO_GTK = "alembic: GTK 3, which JavaFX needs to open a window, is not installed:"
            + " sudo apt-get install libgtk-3-0 (Fedora: sudo dnf install gtk3)";

    /** What the decision depends on; {@link #current()} reads them from this machine. */
    record Facts(String osName, String display, String waylandDisplay, String glassPlatform, boolean gtk3) {
        static Facts current() {
            Map<String, String> env = System.getenv();
            return new Facts(System.getProperty("os.name", ""), env.get("DISPLAY"), env.get("WAYLAND_DISPLAY"),
                    System.getProperty("glass.platform"), gtk3Installed(env.get("LD_LIBRARY_PATH")));
        }
    }

    private DisplayCheck() { }

    /** The one-line error, or empty when the window can open. */
    static Optional<String> problem(Facts f) {
        if (!f.osName().toLowerCase(Locale.ROOT).startsWith("linux")) return Optional.empty();
        // Monocle (headless tests) needs neither a display nor GTK
        if (f.glassPlatform() != null && !f.glassPlatform().equalsIgnoreCase("gtk")) return Optional.empty();
        if (blank(f.display()) && blank(f.waylandDisplay())) return Optional.of(NO_DISPLAY);
        if (!f.gtk3()) return Optional.of(NO_GTK);
        return Optional.empty();
    }

    /** JavaFX's own failures for the same causes, for machines where the facts above were not enough. */
    static Optional<String> explain(Throwable launchFailure) {
        for (Throwable t = launchFailure; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("Unable to open DISPLAY")) return Optional.of(NO_DISPLAY);
            if (m.contains("glass GTK library") || m.contains("libgtk")) return Optional.of(NO_GTK);
        }
        return Optional.empty();
    }

    private static boolean blank(String s) { return s == null || s.isBlank(); }

    /** Looks for the library the way the dynamic linker would in practice: LD_LIBRARY_PATH, then the usual folders. */
    static boolean gtk3Installed(String ldLibraryPath) {
        List<String> dirs = new ArrayList<>();
        if (ldLibraryPath != null) dirs.addAll(List.of(ldLibraryPath.split(":")));
        dirs.addAll(List.of("/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/lib/x86_64-linux-gnu",
                "/lib/aarch64-linux-gnu", "/usr/lib64", "/lib64", "/usr/lib", "/lib", "/usr/local/lib"));
        for (String d : dirs) {
            if (!d.isEmpty() && Files.exists(Path.of(d, "libgtk-3.so.0"))) return true;
        }
        return false;
    }
}
