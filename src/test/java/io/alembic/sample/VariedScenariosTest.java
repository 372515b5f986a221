package io.alembic.sample;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The varied scenario set: deterministic, labelled, and layered without touching the classic plan. */
class VariedScenariosTest {
    private static final SampleSpec CLASSIC = SampleSpec.defaults(103).withAccounts(60).withRecords(4000);

    private static Set<String> profiles(JsonNode labels) {
        Set<String> out = new TreeSet<>();
        labels.path("accounts").forEach(a -> { if (a.has("profile")) out.add(a.path("profile").asText()); });
        return out;
    }

    @Test
    void variedIsDeterministicAndAddsLookAlikesAndTactics(@TempDir Path a, @TempDir Path b, @TempDir Path c) throws Exception {
        Path corpora = Corpora.locate();
        new SampleGenerator(corpora, CLASSIC.withVaried(true)).generate(a, "v");
        new SampleGenerator(corpora, CLASSIC.withVaried(true)).generate(b, "v");
        new SampleGenerator(corpora, CLASSIC).generate(c, "v");
        Map<String, byte[]> fa = BundleFiles.allFiles(a), fb = BundleFiles.allFiles(b);
        for (String k : fa.keySet()) assertArrayEquals(fa.get(k), fb.get(k), k);

        JsonNode varied = BundleFiles.json(a.resolve("v.labels.json")), classic = BundleFiles.json(c.resolve("v.labels.json"));
        assertTrue(profiles(varied).containsAll(Set.of("research_cot_eval", "always_on_app", "tutor_app_user")), profiles(varied).toString());
        assertFalse(profiles(classic).contains("tutor_app_user"));
        assertTrue(varied.toString().contains("under_threshold"), "seed 103 plans an under-threshold campaign");
        // the same accounts with the same labels: varied only changes how they behave
        assertEquals(classic.path("accounts").size(), varied.path("accounts").size());
        varied.path("accounts").fieldNames().forEachRemaining(id ->
                assertEquals(classic.path("accounts").path(id).path("label"), varied.path("accounts").path(id).path("label"), id));
        long total = 0;
        for (JsonNode acc : varied.path("accounts")) {
            total += acc.path("records").asLong();
            if (acc.toString().contains("under_threshold")) assertTrue(acc.path("records").asLong() <= 41, acc.toString());
        }
        assertEquals(4000, total);
    }
}
