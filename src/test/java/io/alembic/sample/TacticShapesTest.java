package io.alembic.sample;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.*;

/** Each new tactic family does what its description says, read back from a generated bundle. */
class TacticShapesTest {
    static final SampleSpec SPEC = new SampleSpec(5, 200, 40_000, false, 0, 100_000, true);
    static Map<String, AccountPlan> plans = new HashMap<>();
    static Map<String, List<JsonNode>> byAccount = new TreeMap<>();
    static PromptPools pools;

    @BeforeAll
    static void generate(@TempDir Path dir) throws Exception {
        pools = new PromptPools(Corpora.load(Corpora.locate(), false));
        for (AccountPlan a : Population.plan(SPEC, pools).accounts) plans.put(a.accountId, a);
        Path bundle = new SampleGenerator(Corpora.locate(), SPEC).generate(dir, "t");
        for (List<String> lines : BundleFiles.requestLines(bundle).values())
            for (String l : lines) {
                JsonNode r = BundleFiles.MAPPER.readTree(l);
                byAccount.computeIfAbsent(r.path("account_id").asText(), k -> new ArrayList<>()).add(r);
            }
    }

    static List<AccountPlan> family(String tactic) {
        List<AccountPlan> out = new ArrayList<>();
        for (AccountPlan a : plans.values()) if (a.distiller() && a.campaign.tactics.get(0).equals(tactic)) out.add(a);
        assertFalse(out.isEmpty(), tactic);
        return out;
    }

    static String user(JsonNode r) {
        JsonNode m = r.path("request").path("messages");
        return m.get(m.size() - 1).path("content").asText();
    }

    @Test
    void humanMimicryKeepsOfficeDaysFromEverChangingHouseholds() {
        Map<String, Set<String>> spans = new HashMap<>();
        for (AccountPlan a : family("human_mimicry")) {
            ZoneOffset tz = ZoneOffset.ofTotalSeconds(a.tzMinutes * 60);
            Map<String, Integer> perDay = new TreeMap<>();
            long previousAsn = -1;
            for (JsonNode r : byAccount.get(a.accountId)) {
                long asn = r.path("client").path("asn").asLong();
                assertNotEquals(previousAsn, asn, "never the same network twice in a row");
                previousAsn = asn;
                var local = OffsetDateTime.parse(r.path("timestamp").asText()).toInstant().atOffset(tz);
                assertTrue(local.getDayOfWeek().getValue() <= 5, "weekdays only: " + local);
                assertTrue(local.getHour() >= 8 && local.getHour() < 19, "office hours: " + local);
                perDay.merge(local.toLocalDate().toString(), 1, Integer::sum);
            }
            for (int n : perDay.values()) assertTrue(n >= 3 && n <= 70, "a few dozen a day: " + perDay);
            List<String> days = new ArrayList<>(perDay.keySet());
            spans.computeIfAbsent(a.campaign.id, c -> new HashSet<>()).add(days.get(0) + ".." + days.get(days.size() - 1));
        }
        for (Set<String> s : spans.values()) assertEquals(1, s.size(), "one campaign, one first and last day: " + s);
    }

    @Test
    void verbatimSweepSendsDatasetItemsInOrderFromAFleetOpenedTogether() {
        Map<String, Integer> index = new HashMap<>();
        for (Datasets.Dataset d : pools.datasets.all())
            for (int i = 0; i < d.size(); i++) index.putIfAbsent(d.name() + "\u0000" + d.items().get(i).prompt(), i);
        Map<String, List<Long>> created = new HashMap<>();
        int forwarded = 0, total = 0;
        for (AccountPlan a : family("verbatim_sweep")) {
            created.computeIfAbsent(a.campaign.id, c -> new ArrayList<>()).add(a.createdAtMs);
            String set = ((DatasetSweep.Walk) a.behaviour).datasetName();
            int last = -1;
            for (JsonNode r : byAccount.get(a.accountId)) {
                JsonNode msgs = r.path("request").path("messages");
                assertEquals(1, msgs.size(), "no system prompt, no wrapper");
                Integer i = index.get(set + "\u0000" + user(r));
                assertNotNull(i, "a dataset row, verbatim");
                assertTrue(i > last, "in the dataset's own order");
                last = i;
                assertFalse(r.path("client").path("router").isNull());
                total++;
                if (r.path("client").path("forwarded_for").size() > 0) forwarded++;
            }
        }
        for (List<Long> c : created.values())
            assertTrue(c.stream().mapToLong(x -> x).max().getAsLong() - c.stream().mapToLong(x -> x).min().getAsLong()
                    <= 90 * 60_000L, "fleet opened within an hour and a half");
        assertTrue(forwarded > 0 && forwarded < total * 0.15, forwarded + " of " + total + " leak an origin");
    }

    @Test
    void multilingualHarvestAsksInOtherLanguages() {
        int other = 0, total = 0;
        for (AccountPlan a : family("multilingual_harvest"))
            for (JsonNode r : byAccount.get(a.accountId)) {
                total++;
                if (user(r).chars().anyMatch(ch -> ch > 0x7F)) other++;
            }
        assertTrue(other > total / 2, other + " of " + total);
    }

    @Test
    void reasoningFollowupAsksAgainInTheSameConversationMinutesLater() {
        int followUps = 0;
        for (AccountPlan a : family("reasoning_followup")) {
            JsonNode previous = null;
            for (JsonNode r : byAccount.get(a.accountId)) {
                JsonNode msgs = r.path("request").path("messages");
                if (msgs.size() > 2) {
                    followUps++;
                    assertNotNull(previous);
                    long gap = Instant.parse(r.path("timestamp").asText()).toEpochMilli()
                            - Instant.parse(previous.path("timestamp").asText()).toEpochMilli();
                    assertTrue(gap <= 180_000, "follow-up within minutes: " + gap);
                    assertEquals("assistant", msgs.get(msgs.size() - 2).path("role").asText());
                }
                previous = r;
            }
        }
        assertTrue(followUps > 0);
    }

    @Test
    void slowRampGrowsAndTurnsToHarvestingOverTime() {
        for (AccountPlan a : family("slow_ramp")) {
            List<JsonNode> rs = byAccount.get(a.accountId);
            if (rs.size() < 60) continue;
            int half = rs.size() / 2, early = 0, late = 0;
            for (int i = 0; i < rs.size(); i++)
                if (rs.get(i).path("model").asText().equals(AccountPlan.REASONING)) { if (i < half) early++; else late++; }
            assertTrue(late > early, a.accountId + ": " + early + " then " + late);
            long first = Instant.parse(rs.get(0).path("timestamp").asText()).toEpochMilli();
            long mid = Instant.parse(rs.get(half).path("timestamp").asText()).toEpochMilli();
            long end = Instant.parse(rs.get(rs.size() - 1).path("timestamp").asText()).toEpochMilli();
            assertTrue(mid - first > end - mid, "the second half of the requests comes in less time");
        }
    }
}
