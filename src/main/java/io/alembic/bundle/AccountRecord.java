package io.alembic.bundle;

/** One line of an accounts registry file. Only accountId is required. */
public record AccountRecord(String accountId, String orgId, String createdAt, String emailDomain, String country,
                            String paymentFingerprint, String tier, String status, String rawJson) {}
