package io.alembic.detect;

import java.io.Serializable;

/**
 * A finding before its evidence is named: evidence is held as scan sequence numbers (see {@link RequestIds}) so an
 * account's summary stays small and serialisable; {@link #resolve} turns it into the {@link Finding} a report shows.
 */
public record Signal(String detector, String ruleVersion, double score, String explanation, int[] evidence,
                     long evidenceCount) implements Serializable {
    public Signal {
        score = Math.max(0, Math.min(1, score));
        evidence = evidence == null ? new int[0] : evidence.length > Finding.MAX_EVIDENCE
                ? java.util.Arrays.copyOf(evidence, Finding.MAX_EVIDENCE) : evidence;
    }

    public static Signal of(String detector, Rule rule, double score, String explanation, int[] evidence, long count) {
        return new Signal(detector, rule.version(), score, explanation, evidence, count);
    }

    public Finding resolve(String accountId, java.util.Map<Integer, String> ids) {
        java.util.List<String> named = new java.util.ArrayList<>(evidence.length);
        for (int s : evidence) {
            String id = ids.get(s);
            if (id != null) named.add(id);
        }
        return new Finding(detector, ruleVersion, accountId, score, explanation, named, evidenceCount);
    }
}
