package io.alembic.detect;

import java.util.List;

/**
 * The one list of per-account detectors (like Timesketch's analyzer registry): add a class here and a JSON rule file
 * of the same id beside it, and name its family in scoring.json. Cross-account evidence (links, campaigns, evasion
 * after a ban) is built in {@link io.alembic.detect.cluster}.
 */
public final class Detectors {
    private Detectors() { }

    public static List<Detector> all() {
        return List.of(new ReasoningDetector(), new CoverageDetector(), new TemplatingDetector(), new ProbingDetector(),
                new ElaborationDetector(),
                new CadenceDetector(), new VolumeDetector(), new RampDetector(), new AutomationDetector(), new MaskingDetector(),
                new KeyRotationDetector());
    }
}
