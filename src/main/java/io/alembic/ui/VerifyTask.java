package io.alembic.ui;

import io.alembic.casefile.Case;
import io.alembic.casefile.CaseVerification;
import javafx.concurrent.Task;

/**
 * Verifies the open case in the background. It re-hashes every evidence copy and scans the store and index, which
 * takes a while on a large case, and it records the check in the audit log, so it queues with the case's writes.
 */
final class VerifyTask extends Task<CaseVerification> {
    private final Case target;

    VerifyTask(Case target) {
        this.target = target;
        updateTitle("Verify case");
    }

    @Override
    protected CaseVerification call() throws Exception {
        updateMessage("Verifying evidence, audit chain, records and index…");
        return target.verify();
    }
}
