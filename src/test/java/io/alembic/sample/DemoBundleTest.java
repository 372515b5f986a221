package io.alembic.sample;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The committed demo is regenerated from the bundled corpora with the command in sample-cases/README.md and must come
 * out byte-identical: any change to the classic scenario set or to the vendored corpora rows shows up here.
 */
class DemoBundleTest {
    @Test
    void committedDemoIsReproducedByteForByte(@TempDir Path out) throws Exception {
        Path committed = Path.of("sample-cases");
        assertTrue(Files.isRegularFile(committed.resolve("demo/manifest.json")), "run from the project root");
        SampleSpec spec = new SampleSpec(7, 40, 15_000, true, 6, 100_000); // classic, as in the README command
        new SampleGenerator(Corpora.bundled(), spec).generate(out, "demo");
        Map<String, byte[]> expected = BundleFiles.allFiles(committed.resolve("demo"));
        Map<String, byte[]> actual = BundleFiles.allFiles(out.resolve("demo"));
        assertEquals(expected.keySet(), actual.keySet());
        for (String k : expected.keySet()) assertArrayEquals(expected.get(k), actual.get(k), k);
        assertArrayEquals(Files.readAllBytes(committed.resolve("demo.labels.json")), Files.readAllBytes(out.resolve("demo.labels.json")));
    }
}
