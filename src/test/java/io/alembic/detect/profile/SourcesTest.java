package io.alembic.detect.profile;

import io.alembic.detect.Fx;
import io.alembic.detect.RequestFacts;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static io.alembic.detect.Fx.MIN;
import static io.alembic.detect.Fx.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SourcesTest {
    @Test
    void routerRequestsDoNotCountAsDirectAddresses() {
        List<RequestFacts> reqs = Fx.list();
        Fx f = new Fx(reqs, "acct_routed");
        f.router = "switchyard.example";
        for (int i = 0; i < 20; i++) {
            f.ip = "100.90." + i + ".1"; // the router's own exits
            f.asn = 80_000 + i;
            f.at(T0 + i * MIN);
        }
        Sources s = Fx.profile(reqs, "acct_routed").sources();
        assertEquals(0, s.direct());
        assertEquals(20, s.routed());
        assertEquals(0, s.distinctIps());
        assertEquals(0, s.distinctAsns());
        assertEquals(0.0, s.topAsnShare());
        assertEquals(List.of("switchyard.example"), List.copyOf(s.routers()));
    }

    @Test
    void forwardedOriginsAreKeptBehindARouter() {
        List<RequestFacts> reqs = Fx.list();
        Fx f = new Fx(reqs, "acct_routed");
        f.router = "switchyard.example";
        f.forwarded = List.of("203.0.113.77", "10.0.0.2");
        for (int i = 0; i < 5; i++) f.at(T0 + i * MIN);
        assertEquals(List.of("203.0.113.77"), List.copyOf(Fx.profile(reqs, "acct_routed").sources().origins()),
                "the first forwarded address is the client's");
    }

    @Test
    void directSourcesAreCounted() {
        List<RequestFacts> reqs = Fx.list();
        Fx f = new Fx(reqs, "acct_home");
        for (int i = 0; i < 10; i++) {
            f.ip = i < 7 ? "81.2.69.160" : "100.72.0." + i;
            f.asn = i < 7 ? 64_501 : 64_503;
            f.country = i < 9 ? "gb" : "GB";
            f.at(T0 + i * MIN);
        }
        Sources s = Fx.profile(reqs, "acct_home").sources();
        assertEquals(10, s.direct());
        assertEquals(4, s.distinctIps());
        assertEquals(2, s.distinctAsns());
        assertEquals(1, s.distinctCountries(), "country codes compare case-insensitively");
        assertEquals(0.7, s.topAsnShare(), 1e-9);
        assertEquals(0.7, s.topIpShare(), 1e-9);
    }

    @Test
    void figuresDoNotDependOnExportOrder() {
        // a home line carrying 15 of 40 requests, the rest from networks seen once each
        List<RequestFacts> reqs = Fx.list();
        Fx f = new Fx(reqs, "acct_travel");
        for (int i = 0; i < 40; i++) {
            f.ip = i < 15 ? "81.2.69.160" : "100.64." + i + ".1";
            f.asn = i < 15 ? 64_501 : 70_000 + i;
            f.at(T0 + i * 30 * MIN);
        }
        List<RequestFacts> shuffled = new ArrayList<>(reqs);
        Collections.shuffle(shuffled, new Random(5));
        List<RequestFacts> reversed = new ArrayList<>(reqs);
        Collections.reverse(reversed);
        double share = 15 / 40.0;
        for (List<RequestFacts> order : List.of(reqs, shuffled, reversed)) {
            Sources s = Fx.profile(order, "acct_travel").sources();
            assertEquals(26, s.distinctAsns());
            assertTrue(Math.abs(s.topAsnShare() - share) < 1e-9, "busiest network share " + s.topAsnShare() + ", truly " + share);
        }
    }

    @Test
    void hostileValuesAreCut() {
        List<RequestFacts> reqs = Fx.list();
        Fx f = new Fx(reqs, "acct_long");
        f.router = "r".repeat(5000);
        f.at(T0);
        assertTrue(Fx.profile(reqs, "acct_long").sources().routers().first().length() <= 200);
    }
}
