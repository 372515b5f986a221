package io.alembic.casefile;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One line of the audit log as read back. {@code anchored} entries were written by a version that also records
 * their head in the case database, so verify requires that record.
 */
public record AuditEntry(long line, long seq, String at, String user, String action, JsonNode details, String prev,
                         String hash, boolean anchored) {
    /** The details as one line of JSON, for tables and tooltips. */
    public String detailsText() { return details == null || details.isMissingNode() ? "" : details.toString(); }

    public AuditHead head() { return new AuditHead(seq, hash); }
}
