package io.alembic.casefile;

import java.time.Instant;
import java.util.List;
import java.util.TreeSet;

/**
 * The audit log as the Audit trail view shows it: entries, the chain's state (problems of the chain and its recorded
 * heads, or why it cannot be fully checked), and the head an auditor writes down.
 */
public record AuditTrail(List<AuditEntry> entries, List<IntegrityProblem> problems, List<IntegrityWarning> warnings, AuditHead head) {
    public boolean intact() { return problems.isEmpty(); }

    /** The distinct actions in the log, sorted, for the view's filter. */
    public List<String> actions() { return List.copyOf(new TreeSet<>(entries.stream().map(AuditEntry::action).toList())); }

    /** Entries of one action (null: all) at or after {@code from} and before {@code to} (null: open), newest first. */
    public List<AuditEntry> filter(String action, Instant from, Instant to) {
        return entries.stream()
                .filter(e -> action == null || action.equals(e.action()))
                .filter(e -> from == null || at(e) != null && !at(e).isBefore(from))
                .filter(e -> to == null || at(e) != null && at(e).isBefore(to))
                .sorted((a, b) -> Long.compare(b.seq(), a.seq()))
                .toList();
    }

    private static Instant at(AuditEntry e) {
        try {
            return e.at() == null ? null : Instant.parse(e.at());
        } catch (java.time.format.DateTimeParseException x) {
            return null;
        }
    }

    /** One line for the view's header: intact and anchored, or what is wrong. */
    public String state() {
        if (!problems.isEmpty()) return "Chain BROKEN: " + problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + " — " + problems.get(0);
        if (!warnings.isEmpty()) return "Chain intact; not anchored (heads not recorded in case.db before this version)";
        return "Chain intact; every head recorded in case.db";
    }
}
