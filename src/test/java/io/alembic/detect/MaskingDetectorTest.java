package io.alembic.detect;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.IntFunction;

import static io.alembic.detect.Fx.MIN;
import static io.alembic.detect.Fx.T0;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MaskingDetectorTest {
    private static final Rule R = Fx.rule("masking");
    private static final String ACCT = "acct_roam";

    /** A source: address, network number, and a router name or null for direct. */
    record Src(String ip, long asn, String router) {
        static Src direct(String ip, long asn) { return new Src(ip, asn, null); }
    }

    private static Signal run(int n, IntFunction<Src> source) {
        List<RequestFacts> reqs = Fx.list();
        Fx f = new Fx(reqs, ACCT);
        for (int i = 0; i < n; i++) {
            Src s = source.apply(i);
            f.ip = s.ip();
            f.asn = s.asn();
            f.router = s.router();
            f.prompt = Fx.content(i);
            f.at(T0 + i * 11 * MIN);
        }
        return Fx.inspect(new MaskingDetector(), reqs, ACCT);
    }

    /** Every request from a different address in a different network. */
    private static Src pool(int i) { return Src.direct("100." + (64 + i % 50) + "." + (i * 7 % 250) + "." + (i % 200 + 1), 70_000 + i); }

    @Test
    void firesOnARotatingProxyPool() {
        Signal s = run(40, MaskingDetectorTest::pool);
        assertNotNull(s);
        assertTrue(s.explanation().contains("40 direct requests came from 40 addresses in 40 networks"), s.explanation());
        assertTrue(s.explanation().contains("threshold " + R.integer("min_networks")), s.explanation());
        assertTrue(s.explanation().contains("busiest network carried only " + Times.pct(1 / 40.0)), s.explanation());
    }

    @Test
    void silentForAPersonWithHomeOfficeAndPhone() {
        assertNull(run(60, i -> i % 10 < 6 ? Src.direct("81.2.69.160", 64_501)
                : i % 10 < 9 ? Src.direct("194.60.12.7", 64_502)
                : Src.direct("100.72." + i + ".9", 64_503)));
    }

    @Test
    void silentForAPhoneRoamingWithinOneCarrier() {
        assertNull(run(50, i -> Src.direct("100.71." + (i * 13 % 256) + "." + (i * 29 % 256), 64_503)));
    }

    @Test
    void silentForAVpnUserOnTheVpnsNetworks() {
        long[] vpn = {64_610, 64_611, 64_612};
        assertNull(run(50, i -> Src.direct("185.220." + (i % 30) + ".4", vpn[i % 3])));
    }

    @Test
    void silentForARouterCustomerWhoseRouterRotates() {
        // the router's exits are everywhere, but they are the router's addresses, not the customer's
        assertNull(run(50, i -> new Src("100.90." + i + ".1", 80_000 + i, "openhop.example")));
    }

    @Test
    void networkCountThresholdJustAboveAndBelow() {
        int min = R.integer("min_networks");
        assertNotNull(run(4 * min, i -> Src.direct("100.99." + i + ".1", 90_000 + i % min)));
        assertNull(run(4 * (min - 1), i -> Src.direct("100.99." + i + ".1", 90_000 + i % (min - 1))));
    }

    @Test
    void topNetworkShareThresholdJustAboveAndBelow() {
        int n = 40, home = (int) Math.floor(R.num("max_top_network_share") * n);
        // a pool first, then a home line carrying the last `home` requests from one address
        assertNotNull(run(n, i -> i >= n - home ? Src.direct("81.2.69.160", 64_501) : pool(i)));
        assertNull(run(n, i -> i >= n - home - 1 ? Src.direct("81.2.69.160", 64_501) : pool(i)));
    }

    @Test
    void homeShareAboveTheLimitIsSilentWhateverTheOrder() {
        // the same requests as the silent case above, home line first: someone home for a while, then on the road
        // through hotel and cafe networks. The busiest network still carries more than the limit.
        int n = 40, home = (int) Math.floor(R.num("max_top_network_share") * n) + 1;
        Signal s = run(n, i -> i < home ? Src.direct("81.2.69.160", 64_501) : pool(i));
        assertNull(s, "home carries " + Times.pct(home / (double) n) + " but the finding says: " + (s == null ? "" : s.explanation()));
    }
}
