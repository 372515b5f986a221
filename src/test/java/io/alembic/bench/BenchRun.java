package io.alembic.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.alembic.cli.CliRunner;

import java.util.stream.Stream;

/** One {@code bench} command run in this JVM through the real command line, with its exit code and what it printed. */
record BenchRun(int code, String out, String err) {
    JsonNode json() { return new CliRunner.Result(code, out, err).json(); }

    static BenchRun of(String... args) {
        CliRunner.Result r = CliRunner.run(Stream.concat(Stream.of("bench"), Stream.of(args)).toArray(String[]::new));
        return new BenchRun(r.code(), r.out(), r.err());
    }
}
