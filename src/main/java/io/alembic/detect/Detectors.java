package io.alembic.detect;

import java.util.List;

/** The one list of detectors (like Timesketch's analyzer registry): add a class here and a JSON file beside it. */
public final class Detectors {
    private Detectors() { }

    public static List<Detector> all() {
        return List.of(new VolumeDetector(), new CadenceDetector(), new TemplatingDetector(), new ReasoningHarvestDetector(),
                new CapabilitySweepDetector(), new EvasionDetector(), new InfrastructureDetector(), new AutomationDetector());
    }
}
