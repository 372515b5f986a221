package io.alembic.spark;

import io.alembic.detect.DetectionEngine;
import io.alembic.detect.RuleSet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The rule set travels to executors as its override text (null for the shipped rules); each task loads it the way
 * the desktop does ({@link RuleSet#load}) and checks that it came out as the version the driver computed, so every
 * partition runs the driver's rules or fails.
 */
final class Engines {
    private Engines() { }

    static RuleSet rules(String overrideJson) {
        if (overrideJson == null) return RuleSet.builtin();
        Path tmp = null;
        try {
            tmp = Files.createTempFile("alembic-rules-", ".json");
            Files.writeString(tmp, overrideJson, StandardCharsets.UTF_8);
            return RuleSet.load(tmp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (tmp != null) try { Files.deleteIfExists(tmp); } catch (IOException ignored) { }
        }
    }

    static DetectionEngine engine(String overrideJson, String expectedVersion) {
        RuleSet rules = rules(overrideJson);
        if (!rules.version().equals(expectedVersion)) {
            throw new IllegalStateException("executor loaded rules " + rules.version() + ", the driver " + expectedVersion
                    + ": the job jar differs between driver and executors");
        }
        return new DetectionEngine(rules);
    }
}
