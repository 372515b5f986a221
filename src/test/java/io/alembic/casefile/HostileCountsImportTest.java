package io.alembic.casefile;

import io.alembic.testutil.HostileJson;
import io.alembic.testutil.TestBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The case ImportFuzzTest shrank to in CI: counts whose per-account sum overflows a long. */
class HostileCountsImportTest {
    @TempDir Path tmp;

    @Test
    void tokenCountsThatWouldOverflowTheAccountTotalsDoNotStopTheImport() throws Exception {
        String max = "\"input_tokens\":9223372036854775807";
        List<String> lines = List.of(line("a", max), line("b", max), line("c", "\"input_tokens\":7"));
        Path bundle = new TestBundle("F").requests("records/part-00001.jsonl", lines).writeTo(tmp.resolve("bundle"));
        try (Case c = Case.openOrCreate(tmp.resolve("case"))) {
            ImportReport report = c.importBundle(bundle, false, ImportListener.NONE, CancelToken.none());
            assertEquals(3, report.recordsImported());
            assertEquals(0, report.recordsQuarantined());
        }
    }

    private static String line(String id, String inputTokens) {
        return new String(HostileJson.validLine(id), StandardCharsets.UTF_8).replace("\"input_tokens\":10", inputTokens);
    }
}
