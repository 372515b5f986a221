package io.alembic.detect;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.alembic.detect.Fx.MIN;
import static io.alembic.detect.Fx.T0;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RuleSetTest {
    private static RuleSet load(Path dir, String json) throws Exception {
        Path f = dir.resolve("override.json");
        Files.writeString(f, json);
        return RuleSet.load(f);
    }

    @Test
    void everyDetectorHasRulesWithAWeight() {
        RuleSet r = RuleSet.builtin();
        for (Detector d : Detectors.all()) assertTrue(r.of(d.id()).weight() > 0, d.id());
        assertEquals(r.version(), RuleSet.builtin().version(), "the version is a digest: stable");
        assertTrue(r.version().startsWith("rules-"));
    }

    @Test
    void anOverrideReplacesOnlyTheKeysItNames(@TempDir Path dir) throws Exception {
        RuleSet shipped = RuleSet.builtin(), r = load(dir, "{\"cadence\": {\"min_requests\": 40}}");
        assertEquals(40, r.of("cadence").integer("min_requests"));
        assertEquals(shipped.of("cadence").num("min_regularity"), r.of("cadence").num("min_regularity"));
        assertEquals(shipped.of("masking").data(), r.of("masking").data());
        assertNotEquals(shipped.version(), r.version());
    }

    @Test
    void aMissingKeyIsAPackagingError() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> RuleSet.builtin().of("cadence").num("no_such_key"));
        assertTrue(e.getMessage().contains("no_such_key"));
        assertThrows(IllegalArgumentException.class, () -> RuleSet.builtin().of("no_such_detector"));
    }

    @Test
    void anOverrideMustBeAnObject(@TempDir Path dir) {
        assertThrows(IllegalArgumentException.class, () -> load(dir, "[1, 2]"));
    }

    @Test
    void overridingOneNestedThresholdKeepsItsSiblings(@TempDir Path dir) throws Exception {
        // an analyst raises the knee of shared addresses only
        RuleSet r = load(dir, "{\"cluster\": {\"identity\": {\"ip\": {\"knee\": 5}}}}");
        assertEquals(5, r.of("cluster").integer("identity", "ip", "knee"));
        List<RequestFacts> reqs = Fx.list();
        new Fx(reqs, "acct_a").at(T0);
        new Fx(reqs, "acct_b").at(T0 + MIN);
        assertDoesNotThrow(() -> new DetectionEngine(r).run(reqs, List.of()));
    }

    @Test
    void theDocumentedExampleOverrideLoadsAndTightensTheRules() {
        java.nio.file.Path example = java.nio.file.Path.of(System.getProperty("user.dir"), "docs", "detect-rules.example.json");
        RuleSet r = RuleSet.load(example);
        assertNotEquals(RuleSet.builtin().version(), r.version());
        assertEquals(0.8, r.of("scoring").num("flag_threshold"));
        assertEquals(5.0, r.of("cluster").num("behaviour", "margin"));
        assertEquals(RuleSet.builtin().of("cluster").num("behaviour", "full_margin"), r.of("cluster").num("behaviour", "full_margin"),
                "nested siblings are kept");
    }
}
