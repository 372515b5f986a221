package io.alembic.export;

import io.alembic.bundle.ClientInfo;
import io.alembic.bundle.RequestRecord;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Counts, per distinct value (account, key, IP, AS, user agent, router, forwarded-for origin), when it was first and
 * last seen, how often, and by which accounts. Memory grows with distinct values, not with records.
 */
final class StixTally {
    /** One value's sightings in the exported records. */
    static final class Seen {
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        long count;
        final TreeSet<String> accounts = new TreeSet<>();

        void add(long ts, String account) {
            first = Math.min(first, ts);
            last = Math.max(last, ts);
            count++;
            if (account != null) accounts.add(account);
        }
    }

    /** A value of a kind; ordered so the bundle lists objects the same way every time. */
    record Key(IndicatorKind kind, String value) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int k = kind.compareTo(o.kind);
            return k != 0 ? k : value.compareTo(o.value);
        }
    }

    final Map<IndicatorKind, TreeMap<String, Seen>> values = new EnumMap<>(IndicatorKind.class);
    /** The observables each account was seen with (IPs, forwarded-for origins, AS numbers, routers). */
    final Map<String, TreeSet<Key>> observedBy = new HashMap<>();
    final Map<Long, String> asNames = new HashMap<>();
    long records;
    long lastMs = Long.MIN_VALUE;

    void add(RequestRecord r) {
        records++;
        long ts = r.timestampMs();
        lastMs = Math.max(lastMs, ts);
        String account = r.accountId();
        ClientInfo c = r.client();
        see(IndicatorKind.ACCOUNT, account, ts, account);
        see(IndicatorKind.API_KEY, r.apiKeyId(), ts, account);
        see(IndicatorKind.IP, c.ip(), ts, account);
        see(IndicatorKind.ASN, c.asn() == null ? null : String.valueOf(c.asn()), ts, account);
        see(IndicatorKind.USER_AGENT, c.userAgent(), ts, account);
        see(IndicatorKind.ROUTER, c.router(), ts, account);
        for (String f : c.forwardedFor()) see(IndicatorKind.FORWARDED_FOR, f, ts, account);
        if (c.asn() != null && c.asOrg() != null) asNames.putIfAbsent(c.asn(), c.asOrg());
    }

    private void see(IndicatorKind kind, String value, long ts, String account) {
        if (value == null || value.isBlank()) return;
        values.computeIfAbsent(kind, k -> new TreeMap<>()).computeIfAbsent(value, v -> new Seen()).add(ts, account);
        if (account != null && kind != IndicatorKind.ACCOUNT && kind != IndicatorKind.API_KEY && kind != IndicatorKind.USER_AGENT) {
            observedBy.computeIfAbsent(account, a -> new TreeSet<>()).add(new Key(kind, value));
        }
    }

    TreeMap<String, Seen> of(IndicatorKind kind) { return values.getOrDefault(kind, new TreeMap<>()); }
}
