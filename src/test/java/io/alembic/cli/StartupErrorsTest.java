package io.alembic.cli;

import io.alembic.cli.boot.JavaVersionCheck;
import io.alembic.cli.boot.Launcher;
import org.junit.jupiter.api.Test;

import java.io.DataInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The start-up errors an analyst may meet before any window: one line each, naming what to install or run. */
class StartupErrorsTest {
    private static DisplayCheck.Facts linux(String display, String wayland, boolean gtk) {
        return new DisplayCheck.Facts("Linux", display, wayland, null, gtk);
    }

    @Test
    void noDisplayNamesXvfbRun() {
        Optional<String> p = DisplayCheck.problem(linux(null, null, true));
        assertEquals(Optional.of(DisplayCheck.NO_DISPLAY), p);
        assertTrue(p.get().contains("xvfb-run -a alembic gui") && p.get().contains("apt-get install xvfb"), p.get());
        assertEquals(p, DisplayCheck.problem(linux("  ", "", true)), "blank is as good as unset");
    }

    @Test
    void noGtkNamesThePackage() {
        Optional<String> p = DisplayCheck.problem(linux(":0", null, false));
        assertEquals(Optional.of(DisplayCheck.NO_GTK), p);
        assertTrue(p.get().contains("apt-get install libgtk-3-0"), p.get());
    }

    @Test
    void aWorkingDesktopAndOtherSystemsPass() {
        assertEquals(Optional.empty(), DisplayCheck.problem(linux(":0", null, true)));
        assertEquals(Optional.empty(), DisplayCheck.problem(linux(null, "wayland-0", true)));
        assertEquals(Optional.empty(), DisplayCheck.problem(new DisplayCheck.Facts("Windows 11", null, null, null, false)));
        assertEquals(Optional.empty(), DisplayCheck.problem(new DisplayCheck.Facts("Mac OS X", null, null, null, false)));
        assertEquals(Optional.empty(), DisplayCheck.problem(new DisplayCheck.Facts("Linux", null, null, "Monocle", false)),
                "headless Monocle needs neither");
    }

    @Test
    void javaFxsOwnFailuresAreTranslated() {
        assertEquals(Optional.of(DisplayCheck.NO_GTK),
                DisplayCheck.explain(new RuntimeException(new UnsupportedOperationException("Unable to load glass GTK library."))));
        assertEquals(Optional.of(DisplayCheck.NO_DISPLAY), DisplayCheck.explain(new UnsupportedOperationException("Unable to open DISPLAY")));
        assertEquals(Optional.empty(), DisplayCheck.explain(new IllegalStateException("something else")));
    }

    @Test
    void tooOldJavaNamesTheJavaToInstall() {
        String p = JavaVersionCheck.problem("11", "/usr/lib/jvm/java-11");
        assertTrue(p.startsWith("alembic: needs Java 17 or newer, but this is Java 11 (/usr/lib/jvm/java-11)"), p);
        assertTrue(p.contains("apt-get install openjdk-17-jre") && !p.contains("\n"), p);
        assertTrue(JavaVersionCheck.problem("1.8", "/opt/j8").contains("this is Java 8"));
        assertNull(JavaVersionCheck.problem("17", "x"));
        assertNull(JavaVersionCheck.problem("21", "x"));
    }

    @Test
    void theLauncherLoadsOnJava8() throws Exception {
        for (Class<?> c : List.of(Launcher.class, JavaVersionCheck.class)) {
            try (InputStream in = c.getResourceAsStream(c.getSimpleName() + ".class"); DataInputStream d = new DataInputStream(in)) {
                d.readInt();
                d.readUnsignedShort();
                assertEquals(52, d.readUnsignedShort(), c + " class file version");
            }
        }
    }

    /** The real launcher in a JVM of its own, with DISPLAY and WAYLAND_DISPLAY unset, as on a server. */
    @Test
    void guiWithoutDisplayExitsOneWithOneLine() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Launcher.class.getName(), "gui");
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(1, p.exitValue(), err);
        assertEquals(DisplayCheck.NO_DISPLAY + System.lineSeparator(), err);
        assertEquals("", out);
    }
}
