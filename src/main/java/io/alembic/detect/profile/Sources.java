package io.alembic.detect.profile;

import io.alembic.detect.RequestFacts;
import io.alembic.detect.parts.DistinctCounter;
import io.alembic.detect.parts.Hashing;
import io.alembic.detect.parts.TopCounter;

import java.util.Locale;
import java.util.TreeSet;

/**
 * Where an account's requests came from. Direct requests (no router) show the client's own address and network; a
 * router's address is shared by all its customers and says nothing, except the origin it may forward. Counted without
 * regard to order, so a log exported in any order gives the same figures.
 */
public final class Sources {
    private static final int DISTINCT_CAP = 512, SET_CAP = 16;

    long direct, routed, browser;
    final DistinctCounter ips = new DistinctCounter(DISTINCT_CAP), asns = new DistinctCounter(DISTINCT_CAP),
            countries = new DistinctCounter(64), agents = new DistinctCounter(64);
    /** Exact up to this many distinct networks or addresses: a person's home share must not be undercounted. */
    private static final int TOP_CAP = 64;
    final TopCounter<String> topIps = new TopCounter<>(TOP_CAP), topAgents = new TopCounter<>(4), topAsnAgents = new TopCounter<>(4);
    final TopCounter<Long> topAsns = new TopCounter<>(TOP_CAP);
    final TreeSet<String> routers = new TreeSet<>(), origins = new TreeSet<>();

    void add(RequestFacts r) {
        String ua = r.userAgent() == null ? "" : r.userAgent();
        agents.add(hash(ua));
        topAgents.add(ua.isEmpty() ? null : cut(ua));
        if (ua.regionMatches(true, 0, "mozilla/", 0, 8)) browser++;
        if (!r.forwardedFor().isEmpty()) capped(origins, r.forwardedFor().get(0));
        if (r.router() != null && !r.router().isEmpty()) {
            routed++;
            capped(routers, cut(r.router()));
            return;
        }
        direct++;
        if (r.ip() != null) {
            ips.add(hash(r.ip()));
            topIps.add(cut(r.ip()));
        }
        if (r.asn() != null) {
            asns.add(r.asn() + 1);
            topAsns.add(r.asn());
            if (!ua.isEmpty()) topAsnAgents.add(r.asn() + " " + cut(ua));
        }
        if (r.country() != null) countries.add(hash(r.country().toUpperCase(Locale.ROOT)));
    }

    private static void capped(TreeSet<String> set, String v) {
        if (v != null && !v.isEmpty() && set.size() < SET_CAP) set.add(cut(v));
    }

    /** Hostile fields can be any length; nothing kept per account is longer than this. */
    static String cut(String v) { return v.length() > 200 ? v.substring(0, 200) : v; }

    static long hash(String s) {
        long h = 0x243F6A8885A308D3L;
        for (int i = 0; i < s.length(); i++) h = Hashing.mix(h ^ s.charAt(i));
        return h;
    }

    public long direct() { return direct; }

    public long routed() { return routed; }

    public int distinctIps() { return ips.count(); }

    public int distinctAsns() { return asns.count(); }

    /** The networks seen on direct requests (each stored as its number + 1), up to the distinct cap. */
    public long[] asnValues() { return asns.values(); }

    /** True when there were more distinct addresses or networks than are counted exactly. */
    public boolean ipsSaturated() { return ips.saturated(); }

    public boolean asnsSaturated() { return asns.saturated(); }

    public int distinctCountries() { return countries.count(); }

    public int distinctAgents() { return agents.count(); }

    public long browserRequests() { return browser; }

    /** Share of direct requests from the account's most used network (0 when it sent none directly). */
    public double topAsnShare() { return direct == 0 ? 0 : topAsns.first() == null ? 0 : topAsns.first().count() / (double) direct; }

    public double topIpShare() { return direct == 0 ? 0 : topIps.first() == null ? 0 : topIps.first().count() / (double) direct; }

    public TopCounter<String> topIps() { return topIps; }

    public TopCounter<String> topAgents() { return topAgents; }

    public TopCounter<String> topAsnAgents() { return topAsnAgents; }

    public TreeSet<String> routers() { return routers; }

    public TreeSet<String> origins() { return origins; }
}
