package io.alembic.detect;

import java.util.List;

/** One behaviour test. Implementations are stateless; their thresholds come from {@link DetectionInput#rules()}. */
public interface Detector {
    String id();

    List<Finding> run(DetectionInput input);
}
