package io.alembic.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.alembic.casefile.ReducedBundleFixture;
import io.alembic.sample.Corpora;
import io.alembic.sample.SampleGenerator;
import io.alembic.sample.SampleSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** import, detections, detect and verify on a reduced bundle from an upstream job: what the analyst reads. */
class UpstreamCliTest {
    @TempDir Path tmp;

    @Test
    void upstreamFindingsShowAsSuchUntilDetectionRunsWithTheirPopulation() throws Exception {
        Path bundle = new SampleGenerator(Corpora.locate(), new SampleSpec(3, 24, 3_000, true, 0, 3_000, true)).generate(tmp, "b");
        var reduced = ReducedBundleFixture.write(bundle, tmp.resolve("reduced"), "job-42", 3);
        String rules = reduced.kept().rulesVersion();
        String kase = tmp.resolve("case").toString();

        CliRunner.Result none = CliRunner.run("detections", "--case", kase);
        assertEquals(1, none.code());

        CliRunner.Result imp = CliRunner.run("import", reduced.dir().toString(), "--case", kase);
        assertEquals(0, imp.code(), imp.err());
        assertTrue(imp.out().contains("upstream findings recorded: computed upstream by job job-42, rules version " + rules), imp.out());
        JsonNode again = CliRunner.run("import", reduced.dir().toString(), "--case", kase, "--json").json();
        assertTrue(again.path("already_imported").asBoolean());
        assertTrue(again.path("upstream").isNull());

        CliRunner.Result shown = CliRunner.run("detections", "--case", kase);
        assertEquals(0, shown.code(), shown.err());
        assertTrue(shown.out().startsWith("Computed upstream by job job-42, rules version " + rules), shown.out());
        JsonNode doc = CliRunner.run("detections", "--case", kase, "--json").json();
        assertEquals("upstream", doc.path("origin").path("kind").asText());
        assertEquals("job-42", doc.path("origin").path("job_id").asText());
        assertEquals(reduced.kept().accounts().size(), doc.path("accounts").size());

        CliRunner.Result det = CliRunner.run("detect", "--case", kase);
        assertEquals(0, det.code(), det.err());
        assertTrue(det.out().startsWith("Computed on this machine, rules version " + rules + ", against the population of upstream job job-42"),
                det.out());
        JsonNode local = CliRunner.run("detect", "--case", kase, "--no-population-context", "--json").json();
        assertEquals("local", local.path("origin").path("kind").asText());

        JsonNode v = CliRunner.run("verify", "--case", kase, "--json").json();
        assertTrue(v.path("ok").asBoolean());
        assertTrue(v.path("files").toString().contains("population.json"));
        assertTrue(v.path("files").toString().contains("findings.json"));
    }
}
