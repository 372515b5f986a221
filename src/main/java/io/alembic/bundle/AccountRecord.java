package io.alembic.bundle;

import io.alembic.detect.AccountFacts;

/** One line of an accounts registry file. Only accountId is required. */
public record AccountRecord(String accountId, String orgId, String createdAt, String emailDomain, String country,
                            String paymentFingerprint, String tier, String status, String rawJson) {

    /** What detection reads of the registry; an unreadable creation date only loses the creation-time links. */
    public AccountFacts facts() {
        Long created = null;
        if (createdAt != null) {
            try {
                created = Timestamps.parseRfc3339(createdAt);
            } catch (RuntimeException e) {
                created = null;
            }
        }
        return new AccountFacts(accountId, created, emailDomain, paymentFingerprint, status);
    }
}
