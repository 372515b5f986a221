package io.alembic.bench;

import io.alembic.cli.BenchCommand;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The end-to-end mode's command line, built without running anything (no timing assertions). */
class EndToEndImportTest {
    static final Path JAVA = Path.of("/opt/jdk/bin/java");
    static final Path JAR = Path.of("/x/alembic.jar");
    static final Path BUNDLE = Path.of("/w/bundle-150000-s42");
    static final Path CASE = Path.of("/w/ingest-run/case");

    @Test
    void importRunsInANewJvmFromTheJarAsAUserRunsIt() {
        assertEquals(List.of("/opt/jdk/bin/java", "-Xmx512m", "-jar", "/x/alembic.jar", "import", "/w/bundle-150000-s42",
                        "--case", "/w/ingest-run/case", "--no-progress"),
                EndToEndImport.command(JAVA, JAR, BUNDLE, CASE, List.of()));
    }

    @Test
    void jvmOptionsSuchAsAFlightRecordingGoBeforeTheJar() {
        List<String> jfr = EndToEndImport.flightRecording(Path.of("/w/import.jfr"));
        List<String> cmd = EndToEndImport.command(JAVA, JAR, BUNDLE, CASE, jfr);
        assertEquals("/opt/jdk/bin/java", cmd.get(0));
        assertEquals(jfr, cmd.subList(1, 1 + jfr.size()));
        assertTrue(jfr.stream().anyMatch(a -> a.startsWith("-XX:StartFlightRecording=") && a.contains("filename=/w/import.jfr")), jfr.toString());
        assertEquals(List.of("-Xmx512m", "-jar", "/x/alembic.jar", "import"), cmd.subList(1 + jfr.size(), 5 + jfr.size()));
        assertEquals("--no-progress", cmd.get(cmd.size() - 1));
    }

    @Test
    void theImportedAndQuarantinedCountsAreReadFromTheImportsOutput() {
        long[] c = EndToEndImport.counts("b-123 imported: 150000 records imported, 2 quarantined, 300 accounts\n  verified ...");
        assertArrayEquals(new long[]{150000, 2}, c);
        assertArrayEquals(new long[]{-1, -1}, EndToEndImport.counts("alembic: something failed"));
    }

    @Test
    void theLauncherIsTheRunningJvms() {
        assertEquals(Path.of(System.getProperty("java.home"), "bin", "java"), EndToEndImport.currentJava());
    }

    @Test
    void outsideAJarTheModeSaysItNeedsOneOnStderr() {
        // Tests run from target/classes, so there is no jar to start: one line, exit 1, nothing generated.
        CommandLine cl = new CommandLine(new BenchCommand());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute("ingest", "--end-to-end", "--records", "10", "--work", "/nonexistent-alembic-bench-dir");
        assertEquals(1, code);
        assertTrue(err.toString().startsWith("alembic: ") && err.toString().contains("jar"), err.toString());
        assertEquals("", out.toString());
    }
}
