package io.alembic.sample;

import io.alembic.cli.SampleCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

class SampleCommandTest {
    private static int run(StringWriter out, StringWriter err, String... args) {
        CommandLine cl = new CommandLine(new SampleCommand());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void generatesABundleAndPrintsOneLine(@TempDir Path dir) throws Exception {
        java.io.ByteArrayOutputStream stdout = new java.io.ByteArrayOutputStream();
        java.io.PrintStream old = System.out;
        System.setOut(new java.io.PrintStream(stdout, true));
        int rc;
        try {
            rc = new CommandLine(new SampleCommand()).execute("--out", dir.toString(), "--name", "cli", "--seed", "5",
                    "--accounts", "12", "--records", "500", "--bad-lines", "2", "--permissive-only",
                    "--corpora", Corpora.locate().toString());
        } finally {
            System.setOut(old);
        }
        assertEquals(0, rc);
        String line = stdout.toString().trim();
        assertFalse(line.contains("\n"), line);
        assertTrue(line.startsWith(dir.resolve("cli").toString()) && line.contains("500 records"), line);
        assertTrue(Files.isRegularFile(dir.resolve("cli/manifest.json")));
        assertTrue(Files.isRegularFile(dir.resolve("cli.labels.json")));
    }

    @Test
    void missingRequiredOptionIsAUsageError(@TempDir Path dir) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        assertNotEquals(0, run(out, err, "--out", dir.toString(), "--name", "x"));
        assertTrue(err.toString().contains("--seed"), err.toString());
    }

    @Test
    void badCorporaDirectoryReturnsOne(@TempDir Path dir) {
        java.io.ByteArrayOutputStream stderr = new java.io.ByteArrayOutputStream();
        java.io.PrintStream old = System.err;
        System.setErr(new java.io.PrintStream(stderr, true));
        int rc;
        try {
            rc = new CommandLine(new SampleCommand()).execute("--out", dir.toString(), "--name", "x", "--seed", "1",
                    "--corpora", dir.resolve("missing").toString());
        } finally {
            System.setErr(old);
        }
        assertEquals(1, rc);
        assertTrue(stderr.toString().startsWith("sample: "), stderr.toString());
    }
}
