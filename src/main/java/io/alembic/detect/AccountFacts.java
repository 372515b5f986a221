package io.alembic.detect;

import java.io.Serializable;

/** An account as the provider's registry describes it; every field but the id may be null. */
public record AccountFacts(String accountId, Long createdAtMs, String emailDomain, String paymentFingerprint,
                           String status) implements Serializable {}
