package io.alembic.spark;

import io.alembic.detect.AccountResult;
import io.alembic.detect.DetectionReport;
import io.alembic.detect.cluster.Cluster;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reduction's choices without Spark (flagged, sampled, whole clusters), the cheap account filter, the shuffle width. */
class KeepSetTest {
    @Test
    void keepsFlaggedSampledAndTheirWholeClusters() {
        List<AccountResult> accounts = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            accounts.add(new AccountResult(String.format("acct_%04d", i), i < 3 ? 0.9 : 0.1, i < 3, List.of(), null));
        }
        Cluster withFlagged = new Cluster("k1", List.of("acct_0001", "acct_1500", "acct_1501"), List.of());
        Cluster benign = new Cluster("k2", List.of("acct_1700", "acct_1701"), List.of());
        DetectionReport full = new DetectionReport("rules-x", 10_000, accounts, List.of(withFlagged, benign));
        KeepSet k = KeepSet.select(full, 0.05);
        assertEquals(Set.of("acct_0000", "acct_0001", "acct_0002"), k.flagged());
        assertTrue(k.accounts().containsAll(withFlagged.accounts()), "a flagged account's cluster comes whole");
        assertTrue(k.sampled().size() > 60 && k.sampled().size() < 140, "about 5% of 1997: " + k.sampled().size());
        boolean sampledBenign = benign.accounts().stream().anyMatch(k.sampled()::contains);
        assertEquals(sampledBenign, k.accounts().containsAll(benign.accounts()), "a sampled account's cluster comes whole");
        assertEquals(k, KeepSet.select(full, 0.05), "the same accounts every run");
        assertEquals(k.flagged().size() + 0L, KeepSet.select(full, 0).accounts().stream().filter(k.flagged()::contains).count());
        DetectionReport cut = k.restrict(full);
        assertEquals(k.accounts().size(), cut.accounts().size());
        assertTrue(cut.clusters().contains(withFlagged));
        assertEquals(KeepSet.fraction("acct_0042"), KeepSet.fraction("acct_0042"));
        assertTrue(KeepSet.bucket("acct_0042", 7) >= 0 && KeepSet.bucket("acct_0042", 7) < 7);
    }

    @Test
    void accountPeekReadsTheLastAccountIdWithoutTheRest() {
        AccountPeek p = new AccountPeek();
        assertEquals("a2", p.accountId(bytes("{\"request\":{\"account_id\":\"x\"},\"account_id\":\"a1\",\"account_id\":\"a2\"}")));
        assertEquals("7", p.accountId(bytes("{\"account_id\":7}")));
        assertNull(p.accountId(bytes("[1,2]")));
        assertNull(p.accountId(bytes("{\"account_id\":null}")));
        assertEquals("a1", p.accountId(bytes("{\"account_id\":\"a1\", broken")));
    }

    @Test
    void byAccountPartitionsAreWholeWavesOfAboutAHundredThousandRequests() {
        assertEquals(4, Pipeline.partitions(40_000, 2));
        assertEquals(10, Pipeline.partitions(1_000_000, 2));
        assertEquals(50, Pipeline.partitions(5_000_000, 2));
        assertEquals(10_000, Pipeline.partitions(1_000_000_000, 400));
        assertEquals(0, Pipeline.partitions(1_234_567, 4) % 4);
    }

    private static byte[] bytes(String s) { return s.getBytes(StandardCharsets.UTF_8); }
}
