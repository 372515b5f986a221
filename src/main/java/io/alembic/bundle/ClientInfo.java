package io.alembic.bundle;

import java.util.List;

/** Where the provider saw a request come from. Every field may be null; forwardedFor is never null. */
public record ClientInfo(String ip, Long asn, String asOrg, String country, String userAgent,
                         List<String> forwardedFor, String router) {
    public static final ClientInfo EMPTY = new ClientInfo(null, null, null, null, null, List.of(), null);
}
