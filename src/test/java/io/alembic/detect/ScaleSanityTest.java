package io.alembic.detect;

import io.alembic.detect.cluster.Cluster;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;

import static io.alembic.detect.Fx.DAY;
import static io.alembic.detect.Fx.HOUR;
import static io.alembic.detect.Fx.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Structure at scale, not speed: twenty thousand small API customers, most on one cloud network with one SDK and its
 * default parameters, registering at a steady pace, and one planted fleet among them. Only the fleet may link.
 */
class ScaleSanityTest {
    private static final int CUSTOMERS = 20_000;
    private static final String SDK = "acme-sdk/1.9.0 runtime/3.12.1 os/linux";

    @Test
    void aLargeOrdinaryPopulationLinksOnlyThePlantedFleet() {
        Population pop = new Population();
        SplittableRandom r = new SplittableRandom(99);
        for (int c = 0; c < CUSTOMERS; c++) {
            String id = String.format("cust_%05d", c);
            Fx f = new Fx(pop.requests, id);
            boolean cloud = r.nextInt(10) < 7;
            f.ua = cloud ? SDK : Population.BROWSERS[r.nextInt(Population.BROWSERS.length)];
            f.asn = cloud ? 64_496 : 64_600 + r.nextInt(20);
            f.ip = (cloud ? "100.64." : "81.9.") + (c >> 8) + "." + (c & 255);
            f.params = cloud ? "temperature=1;" : Population.CHAT_SETUPS[r.nextInt(Population.CHAT_SETUPS.length)];
            f.model = "m-chat";
            f.key = "key_" + id;
            int n = 2 + r.nextInt(5);
            for (int i = 0; i < n; i++) {
                f.prompt = r.nextBoolean() ? Fx.CHAT[r.nextInt(Fx.CHAT.length)] : Fx.content(r.nextInt(5000));
                f.at(T0 + r.nextLong(30 * DAY));
            }
            String domain = r.nextInt(10) < 7 ? Population.WEBMAIL[r.nextInt(3)] : "firm-" + r.nextInt(4000) + ".example";
            // a growing service: sign-ups continue to the end of the log, older accounts thin out into the past
            long age = (long) (-Math.log(1 - r.nextDouble()) * 120 * DAY);
            pop.registry.add(new AccountFacts(id, T0 + 30 * DAY - 1 - age, domain, null, "active"));
        }
        List<String> fleet = pop.tinyFleet("q9z_", 40, 6, SDK, 64_496, 31);
        DetectionReport report = pop.run();

        int largest = report.clusters().stream().mapToInt(c -> c.accounts().size()).max().orElse(0);
        assertTrue(largest <= fleet.size(), "largest cluster " + largest);
        TreeSet<String> linked = new TreeSet<>();
        for (Cluster c : report.clusters()) linked.addAll(c.accounts());
        assertEquals(new TreeSet<>(fleet), linked, "only the planted fleet links");
        assertTrue(report.flagged().stream().allMatch(a -> fleet.contains(a.accountId())), "no ordinary customer is flagged");
    }
}
