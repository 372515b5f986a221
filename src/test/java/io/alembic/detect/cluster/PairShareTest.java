package io.alembic.detect.cluster;

import io.alembic.detect.AccountFacts;
import io.alembic.detect.Fx;
import io.alembic.detect.Population;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Splitting the account pairs into passes must not change the graph: a big log's result is the small heap's result. */
class PairShareTest {
    @Test
    void everyPairBelongsToExactlyOnePass() {
        for (int passes : new int[] {1, 4, 16}) {
            for (int i = 0; i < 300; i += 7) for (int j = i + 1; j < 300; j += 11) {
                int holders = 0;
                for (int p = 0; p < passes; p++) if (new PairShare(passes, p, 10).holds(PairMap.key(i, j))) holders++;
                assertEquals(1, holders, i + "/" + j + " in " + passes + " passes");
            }
        }
    }

    @Test
    void aMapOfOneShareIgnoresTheOthersAndStopsAtItsBudget() {
        PairMap m = new PairMap(new PairShare(4, 1, 1_000));
        int held = 0;
        for (int j = 1; j < 2_000; j++) {
            long key = PairMap.key(0, j);
            m.add(key, 1);
            if (new PairShare(4, 1, 1_000).holds(key)) held++;
        }
        assertEquals(held, m.size());
        assertTrue(held > 300 && held < 700, "about a quarter of the pairs: " + held);
        PairMap small = new PairMap(new PairShare(1, 0, 50));
        boolean over = false;
        try {
            for (int j = 1; j < 100; j++) small.max(PairMap.key(3, j), j);
        } catch (PairShare.OverBudget e) {
            over = true;
        }
        assertTrue(over, "a pass that outgrows its budget says so");
    }

    @Test
    void aGraphBuiltInManyPassesEqualsTheGraphBuiltInOne() {
        // people with webmail and shared carriers, a fleet on one card and setup, another fleet on one proxy network
        Population pop = new Population().people(120, 21).edges();
        pop.tinyFleet("pool_", 12, 30, "client/2.1", 64_990, 5);
        pop.tinyFleet("crew_", 8, 45, "grabber/0.9", 64_991, 6);
        Map<String, AccountFacts> reg = Sx.registry(pop.registry);
        var summaries = Fx.summaries(pop.requests);
        LinkGraph one = new LinkStage(Sx.CLUSTER, Long.MAX_VALUE).build(summaries, reg);
        // a budget a fraction of the pairs: the stage has to restart in more passes, perhaps several times
        long budget = Math.max(1, one.pairs() / 10);
        LinkGraph many = new LinkStage(Sx.CLUSTER, budget).build(summaries, reg);
        assertTrue(one.pairs() > 4 * budget, "the budget is well under the pairs: " + one.pairs());
        assertEquals(pairs(one), pairs(many));
        assertEquals(one.links(), many.links(), "display links are written once, whatever the passes");
    }

    private static List<String> pairs(LinkGraph g) {
        List<String> out = new ArrayList<>();
        g.forEachPair((a, b, s, kinds) -> out.add(a + "/" + b + " " + s + " " + kinds));
        return out;
    }
}
