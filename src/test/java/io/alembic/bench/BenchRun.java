package io.alembic.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.alembic.cli.BenchCommand;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One {@code bench} command run in this JVM as the CLI runs it, with its exit code and what it printed. */
record BenchRun(int code, String out, String err) {
    JsonNode json() throws Exception { return new ObjectMapper().readTree(out); }

    static BenchRun of(String... args) {
        CommandLine cl = new CommandLine(new BenchCommand());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new BenchRun(code, out.toString(), err.toString());
    }
}
