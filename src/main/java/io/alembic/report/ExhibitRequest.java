package io.alembic.report;

import java.time.Instant;
import java.util.List;

/**
 * The parameters of one exhibit. The same case and the same request give the same content; with {@code fixedTime}
 * the exhibit states that time instead of the clock's, and the same bytes follow.
 *
 * @param values    account ids (ACCOUNTS), one tag name (TAG), one cluster id (CLUSTER), nothing (DETECTION_RUN)
 * @param title     null for a title made from the scope
 * @param fixedTime null to state the time the exhibit is made
 */
public record ExhibitRequest(ExhibitScope scope, List<String> values, String title, Instant fixedTime) {
    public ExhibitRequest {
        values = List.copyOf(values);
        if (scope == null) throw new IllegalArgumentException("an exhibit needs a scope");
        if (scope == ExhibitScope.ACCOUNTS && values.isEmpty()) throw new IllegalArgumentException("name at least one account");
        if ((scope == ExhibitScope.TAG || scope == ExhibitScope.CLUSTER) && values.size() != 1) {
            throw new IllegalArgumentException("name exactly one " + scope.code());
        }
    }

    public static ExhibitRequest accounts(List<String> accountIds) { return new ExhibitRequest(ExhibitScope.ACCOUNTS, accountIds, null, null); }

    public static ExhibitRequest tag(String tag) { return new ExhibitRequest(ExhibitScope.TAG, List.of(tag), null, null); }

    public static ExhibitRequest cluster(String clusterId) { return new ExhibitRequest(ExhibitScope.CLUSTER, List.of(clusterId), null, null); }

    public static ExhibitRequest detectionRun() { return new ExhibitRequest(ExhibitScope.DETECTION_RUN, List.of(), null, null); }

    public ExhibitRequest withTitle(String t) { return new ExhibitRequest(scope, values, t, fixedTime); }

    public ExhibitRequest at(Instant t) { return new ExhibitRequest(scope, values, title, t); }

    /** "accounts acct_1, acct_2", "tag cot-harvest", "cluster k-acct_9", "detection run". */
    public String describe() {
        return switch (scope) {
            case ACCOUNTS -> (values.size() == 1 ? "account " : "accounts ") + String.join(", ", values);
            case TAG -> "accounts tagged " + values.get(0);
            case CLUSTER -> "cluster " + values.get(0);
            case DETECTION_RUN -> "flagged accounts of the detection run";
        };
    }
}
