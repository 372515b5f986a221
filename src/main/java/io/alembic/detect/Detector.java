package io.alembic.detect;

import io.alembic.detect.profile.AccountProfile;

/**
 * One behaviour test over one account's profile, with its thresholds in a rule file of the same id. Implementations are
 * stateless, so the same instance runs on a laptop or on every executor of a cluster.
 */
public interface Detector {
    String id();

    /** @return the finding, or null when the account does not show this behaviour */
    Signal inspect(AccountProfile account, Rule rule, LogContext log);
}
