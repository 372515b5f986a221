package io.alembic.detect;

import java.util.List;

/**
 * One reason an account looks like a distiller. score is this finding's contribution in [0,1]; evidenceSample holds at
 * most {@link #MAX_EVIDENCE} request ids, evidenceCount how many requests support the finding in total.
 */
public record Finding(String detector, String ruleVersion, String accountId, double score, String explanation,
                      List<String> evidenceSample, long evidenceCount) {
    public static final int MAX_EVIDENCE = 20;

    public Finding {
        evidenceSample = List.copyOf(evidenceSample.size() > MAX_EVIDENCE ? evidenceSample.subList(0, MAX_EVIDENCE) : evidenceSample);
    }
}
