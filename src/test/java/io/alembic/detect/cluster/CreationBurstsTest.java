package io.alembic.detect.cluster;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static io.alembic.detect.Fx.DAY;
import static io.alembic.detect.Fx.HOUR;
import static io.alembic.detect.Fx.MIN;
import static io.alembic.detect.Fx.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CreationBurstsTest {
    private static final int PLANTED = 12;

    /** A quiet registry (one sign-up every 11 to 13 hours over 60 days) plus the planted sign-ups. */
    private static List<Long> quiet(SplittableRandom r) {
        List<Long> out = new ArrayList<>();
        for (long t = T0 - 30 * DAY; t < T0 + 30 * DAY; t += 11 * HOUR + r.nextLong(2 * HOUR)) out.add(t);
        return out;
    }

    private static Long[] withPlanted(List<Long> background, List<Long> planted) {
        List<Long> all = new ArrayList<>(planted); // planted first: indices 0..PLANTED-1
        all.addAll(background);
        return all.toArray(new Long[0]);
    }

    @Test
    void aBurstAgainstAQuietBackgroundIsSignificant() {
        List<Long> planted = new ArrayList<>();
        for (int i = 0; i < PLANTED; i++) planted.add(T0 + 3 * DAY + 14 * HOUR + 10 * MIN + i * 7 * MIN);
        List<CreationBursts.Burst> bursts = CreationBursts.find(withPlanted(quiet(new SplittableRandom(1)), planted), Sx.CLUSTER);
        assertEquals(1, bursts.size());
        CreationBursts.Burst b = bursts.get(0);
        assertTrue(b.members().containsAll(java.util.stream.IntStream.range(0, PLANTED).boxed().toList()));
        assertTrue(b.members().size() <= PLANTED + 1, "at most a background sign-up that fell inside the window");
        assertTrue(b.significance() >= Sx.CLUSTER.num("creation_min_significance"));
        assertTrue(b.describe().startsWith(b.members().size() + " accounts created within"), b.describe());
    }

    /** A busy registry: an account every ten minutes (±3), i.e. twelve in any two hours, for two weeks around T0. */
    private static Long[] busy() {
        SplittableRandom r = new SplittableRandom(2);
        List<Long> busy = new ArrayList<>();
        for (long t = T0 - 7 * DAY; t < T0 + 7 * DAY; t += 10 * MIN) busy.add(t + r.nextLong(-3 * MIN, 3 * MIN));
        return busy.toArray(new Long[0]);
    }

    @Test
    void theSameNumberOverABusyBackgroundIsNot() {
        Long[] created = busy();
        for (CreationBursts.Burst b : CreationBursts.find(created, Sx.CLUSTER)) {
            for (int i : b.members()) {
                assertTrue(Math.abs(created[i] - T0) > 3 * DAY, "twelve sign-ups in two hours are this registry's normal pace: " + b);
            }
        }
    }

    @Test
    void theEndsOfABusyRegistryAreNotBursts() {
        // the same even pace right up to the first and the last sign-up of the export
        List<CreationBursts.Burst> bursts = CreationBursts.find(busy(), Sx.CLUSTER);
        assertEquals(List.of(), bursts.stream().map(CreationBursts.Burst::describe).toList());
    }

    @Test
    void theSameNumberSpreadOverDaysIsNot() {
        List<Long> planted = new ArrayList<>();
        for (int i = 0; i < PLANTED; i++) planted.add(T0 + i * 9 * HOUR + 5 * HOUR);
        assertEquals(List.of(), CreationBursts.find(withPlanted(quiet(new SplittableRandom(3)), planted), Sx.CLUSTER));
    }

    @Test
    void unknownCreationTimesAreSkipped() {
        Long[] created = new Long[20];
        for (int i = 0; i < 10; i++) created[2 * i] = T0 + i * 5 * MIN; // every other account unknown
        List<CreationBursts.Burst> bursts = CreationBursts.find(created, Sx.CLUSTER);
        assertEquals(1, bursts.size());
        assertTrue(bursts.get(0).members().stream().allMatch(i -> i % 2 == 0));
    }
}
