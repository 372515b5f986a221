package io.alembic.sample;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.*;

/** The varied scenario set: deterministic, every family and look-alike present by default, the held-out one only on request. */
class VariedScenariosTest {
    /** What `sample` does without options: 60 accounts, 20,000 records, varied scenarios. */
    static final SampleSpec DEFAULTS = new SampleSpec(103, 60, 20_000, false, 0, 100_000, true);

    static final Set<String> NEW_TACTICS = Set.of("human_mimicry", "residential_proxies", "composed_wrappers",
            "verbatim_sweep", "creation_burst", "multilingual_harvest", "reasoning_followup", "slow_ramp", "product_cover");

    static final Set<String> PROFILES = Set.of("chat_user", "app_integration", "router_customer", "stepwise_learner",
            "research_eval", "research_cot_eval", "always_on_app", "tutor_app_user", "mobile_user", "vpn_user",
            "non_english_user", "office_worker", "enterprise_team", "benchmark_eval", "research_team", "nightly_batch",
            "multi_turn_app", "growing_startup", "drafting_assistant");

    static Set<String> tactics(JsonNode labels) {
        Set<String> out = new TreeSet<>();
        labels.path("accounts").forEach(a -> a.path("tactics").forEach(t -> out.add(t.asText())));
        return out;
    }

    static Set<String> profiles(JsonNode labels) {
        Set<String> out = new TreeSet<>();
        labels.path("accounts").forEach(a -> { if (a.has("profile")) out.add(a.path("profile").asText()); });
        return out;
    }

    @Test
    void sameArgumentsGiveTheSameBytesWithAndWithoutTheHeldOutFamily(@TempDir Path a, @TempDir Path b) throws Exception {
        Path corpora = Corpora.locate();
        SampleSpec spec = DEFAULTS.withRecords(6000).withBadLines(3);
        for (SampleSpec s : List.of(spec, spec.withHoldout(true))) {
            String name = s.holdout() ? "h" : "v";
            new SampleGenerator(corpora, s).generate(a, name);
            new SampleGenerator(corpora, s).generate(b, name);
        }
        Map<String, byte[]> fa = BundleFiles.allFiles(a), fb = BundleFiles.allFiles(b);
        assertEquals(fa.keySet(), fb.keySet());
        for (String k : fa.keySet()) assertArrayEquals(fa.get(k), fb.get(k), k);
    }

    @Test
    void everyNewTacticAndLookAlikeAppearsAtTheDefaultSettings(@TempDir Path dir) throws Exception {
        for (long seed : new long[]{1, 2, 103}) {
            SampleSpec spec = new SampleSpec(seed, DEFAULTS.accounts(), DEFAULTS.records(), false, 0, 100_000, true);
            new SampleGenerator(Corpora.locate(), spec).generate(dir, "d" + seed);
            JsonNode labels = BundleFiles.json(dir.resolve("d" + seed + ".labels.json"));
            assertTrue(tactics(labels).containsAll(NEW_TACTICS), seed + ": " + tactics(labels));
            assertTrue(profiles(labels).containsAll(PROFILES), seed + ": missing " + missing(PROFILES, profiles(labels)));
            assertFalse(tactics(labels).contains(EchoSampling.LABEL), "held-out family only on request");
            long total = 0;
            for (JsonNode acc : labels.path("accounts")) total += acc.path("records").asLong();
            assertEquals(DEFAULTS.records(), total);
        }
    }

    @Test
    void heldOutFamilyOnlyWithTheOption(@TempDir Path dir) throws Exception {
        for (int accounts : new int[]{20, 60, 400}) {
            SampleSpec spec = DEFAULTS.withAccounts(accounts).withRecords(8000);
            new SampleGenerator(Corpora.locate(), spec).generate(dir, "plain" + accounts);
            new SampleGenerator(Corpora.locate(), spec.withHoldout(true)).generate(dir, "held" + accounts);
            assertFalse(tactics(BundleFiles.json(dir.resolve("plain" + accounts + ".labels.json"))).contains(EchoSampling.LABEL));
            JsonNode held = BundleFiles.json(dir.resolve("held" + accounts + ".labels.json"));
            int n = 0;
            for (JsonNode acc : held.path("accounts")) {
                if (!acc.toString().contains(EchoSampling.LABEL)) continue;
                n++;
                assertEquals("distiller", acc.path("label").asText());
                assertTrue(acc.path("campaign").asText().matches("c\\d+"));
            }
            assertTrue(n >= 3, accounts + " accounts: " + n + " held-out accounts");
        }
        assertTrue(SampleSpec.defaults(1).withHoldout(true).varied(), "asking for the held-out family implies varied");
        assertThrows(IllegalArgumentException.class, () -> new SampleSpec(1, 10, 100, false, 0, 100, false, true),
                "classic has no held-out family");
    }

    @Test
    void recordsAreValidOrderedInsideTheWindowAndLabelled(@TempDir Path dir) throws Exception {
        Path bundle = new SampleGenerator(Corpora.locate(), DEFAULTS.withRecords(8000).withHoldout(true)).generate(dir, "v");
        JsonNode labels = BundleFiles.json(dir.resolve("v.labels.json")).path("accounts");
        long start = Timestamps.BASE_MS, end = start + Timestamps.WINDOW_HOURS * Timestamps.HOUR_MS;
        long previous = Long.MIN_VALUE;
        Set<String> ids = new HashSet<>();
        for (List<String> lines : BundleFiles.requestLines(bundle).values()) {
            for (String line : lines) {
                JsonNode r = BundleFiles.MAPPER.readTree(line);
                assertTrue(ids.add(r.path("request_id").asText()));
                assertTrue(labels.has(r.path("account_id").asText()));
                long t = OffsetDateTime.parse(r.path("timestamp").asText()).toInstant().toEpochMilli();
                assertTrue(t >= previous && t >= start && t < end, line);
                previous = t;
                JsonNode msgs = r.path("request").path("messages");
                if (msgs.isArray()) { // system first if any, then user and assistant alternating, user last
                    int i = msgs.get(0).path("role").asText().equals("system") ? 1 : 0;
                    for (int j = i; j < msgs.size(); j++)
                        assertEquals((j - i) % 2 == 0 ? "user" : "assistant", msgs.get(j).path("role").asText(), line);
                    assertFalse(msgs.get(msgs.size() - 1).path("content").asText().isBlank());
                } else {
                    assertFalse(r.path("request").path("prompt").asText().isBlank());
                }
            }
        }
        assertEquals(8000, ids.size());
    }

    private static Set<String> missing(Set<String> want, Set<String> have) {
        Set<String> m = new TreeSet<>(want);
        m.removeAll(have);
        return m;
    }
}
