package io.alembic.detect.cluster;

import io.alembic.detect.Fx;
import io.alembic.detect.Population;
import io.alembic.detect.RequestFacts;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static io.alembic.detect.Fx.HOUR;
import static io.alembic.detect.Fx.MIN;
import static io.alembic.detect.Fx.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProxyPoolLinkTest {
    /** Requests of one account, each from a random address in a random network of the given pool. */
    private static void rotating(List<RequestFacts> reqs, String id, long[] pool, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        Fx f = new Fx(reqs, id);
        f.ua = "Wanderbrowse/7.2 (X11; Linux x86_64)";
        for (int i = 0; i < 120; i++) {
            f.asn = pool[r.nextInt(pool.length)];
            f.ip = "203." + r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(256);
            f.prompt = Fx.content((int) (seed * 1000 + i));
            f.at(T0 + i * 3 * HOUR + r.nextLong(60 * MIN));
        }
    }

    private static long[] pool(long from, int size) {
        long[] p = new long[size];
        for (int i = 0; i < size; i++) p[i] = from + 7L * i;
        return p;
    }

    @Test
    void accountsRentingOneProxyPoolLinkThroughItsNetworks() {
        Population pop = new Population().people(200, 3);
        long[] pool = pool(70_001, 30);
        for (int k = 0; k < 4; k++) rotating(pop.requests, "mask_" + k, pool, 40 + k);
        LinkGraph g = new LinkStage(Sx.CLUSTER).build(Fx.summaries(pop.requests), Sx.registry(pop.registry));
        for (int a = 0; a < 4; a++) for (int b = a + 1; b < 4; b++) {
            assertTrue(g.strength("mask_" + a, "mask_" + b) >= Sx.threshold(), a + "/" + b + " " + g.strength("mask_" + a, "mask_" + b));
            assertTrue(g.kinds("mask_" + a, "mask_" + b).contains("pool"), g.kinds("mask_" + a, "mask_" + b).toString());
        }
    }

    @Test
    void accountsOnDifferentPoolsAndPeopleAtHomeDoNotLinkThroughNetworks() {
        Population pop = new Population().people(200, 3);
        rotating(pop.requests, "mask_a", pool(70_001, 30), 41);
        rotating(pop.requests, "mask_b", pool(90_001, 30), 42);
        LinkGraph g = new LinkStage(Sx.CLUSTER).build(Fx.summaries(pop.requests), Sx.registry(pop.registry));
        // (the two share a browser and a schedule here, which other kinds weigh; the networks add nothing)
        assertTrue(!g.kinds("mask_a", "mask_b").contains("pool"), g.kinds("mask_a", "mask_b").toString());
        long pooled = g.links().stream().filter(l -> l.kind().equals("pool")).count();
        assertEquals(0, pooled, "nobody else rotates through networks, so no pool value is shared");
    }
}
