package io.alembic.index;

import io.alembic.bundle.RecordParser;
import io.alembic.testutil.TestBundle;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.index.Term;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Search over a generated index with facet sampling limits scaled down (exact up to 2,000 matches, ~3,000 sampled
 * above), so that the paths a 10M-record case takes run here on 30,000 documents: sampled facets are flagged and
 * close to the exact counts, small hit sets stay exact, totals are exact, and the ranking is the one a plain Lucene
 * search over every match gives.
 */
class SearchAtScaleTest {
    static final int DOCS = 30_000;
    static final long EXACT = 2_000, SAMPLE = 3_000;

    @TempDir static Path tmp;
    static CaseIndex index;
    /** Exact counts by field, value, for every document and for those whose prompt says "alpha". */
    static final Map<String, Map<String, Long>> ALL = new HashMap<>(), ALPHA = new HashMap<>();
    static long alphaDocs;

    @BeforeAll
    static void buildIndex() throws Exception {
        index = new CaseIndex(tmp.resolve("index"));
        RecordParser parser = new RecordParser();
        Random rnd = new Random(7);
        String[] countries = {"US", "DE", "SG", "NL", "JP", "BR"};
        for (int row = 1; row <= DOCS; row++) {
            // Accounts arrive clustered (one busy account first, then a mix), as an import of per-account files does.
            String account = row <= 9_000 ? "acct_busy" : rnd.nextInt(10) < 3 ? "acct_second" : String.format("acct_%03d", rnd.nextInt(300));
            String model = rnd.nextInt(100) < 60 ? "frontier-large" : rnd.nextInt(4) == 0 ? "frontier-mini" : "other-model";
            String country = countries[Math.min(countries.length - 1, (int) Math.floor(-Math.log(1 - rnd.nextDouble()) * 1.3))];
            boolean alpha = row <= 9_000 ? rnd.nextInt(2) == 0 : rnd.nextInt(10) == 0;
            String text = (alpha ? "alpha " : "") + (rnd.nextBoolean() ? "beta station" : "gamma notion") + " word" + rnd.nextInt(50);
            Map<String, Object> client = Map.of("ip", "203.0.113." + (row % 250), "country", country,
                    "user_agent", "python-httpx/0.27.0", "router", rnd.nextInt(5) == 0 ? "relay.example.net" : "direct.example.org");
            String line = TestBundle.request("r" + row, "2026-01-10T08:00:00Z", account, model, text, Map.of("client", client));
            byte[] b = line.getBytes(StandardCharsets.UTF_8);
            index.add(row, "B", parser.parse(b, b.length));
            count(ALL, account, model, country);
            if (alpha) {
                count(ALPHA, account, model, country);
                alphaDocs++;
            }
            if (row % 4_000 == 0) index.commit(row);   // several segments, so ordinals are merged across them
        }
        index.commit(DOCS);
    }

    private static void count(Map<String, Map<String, Long>> into, String account, String model, String country) {
        into.computeIfAbsent("account", k -> new HashMap<>()).merge(account, 1L, Long::sum);
        into.computeIfAbsent("model", k -> new HashMap<>()).merge(model, 1L, Long::sum);
        into.computeIfAbsent("country", k -> new HashMap<>()).merge(country, 1L, Long::sum);
    }

    @AfterAll
    static void close() throws Exception { index.close(); }

    private static IndexSearch sampling() { return new IndexSearch(index, TagResolver.NONE, EXACT, SAMPLE); }

    @Test
    void aLargeHitSetsFacetsAreAnEvenSampleFlaggedAsEstimatesCloseToTheCounts() throws Exception {
        assertTrue(index.reader().leaves().size() > 3, "several segments");
        for (String q : List.of("*", "prompt:alpha")) {
            IndexResults r = sampling().run(q, IndexFilters.NONE, 20);
            Map<String, Map<String, Long>> exact = q.equals("*") ? ALL : ALPHA;
            long total = q.equals("*") ? DOCS : alphaDocs;
            assertEquals(total, r.total(), q + ": the total is exact even when facets are sampled");
            assertTrue(r.facetsSampled(), q + ": flagged as estimates");
            assertTrue(r.facetSampleSize() > SAMPLE * 0.6 && r.facetSampleSize() < SAMPLE * 1.4,
                    q + ": about " + SAMPLE + " matches sampled, was " + r.facetSampleSize());
            for (String field : List.of("account", "model", "country")) {
                Map<String, Long> est = r.facets().get(field);
                String commonest = exact.get(field).entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
                assertEquals(commonest, est.keySet().iterator().next(), q + " " + field + ": the commonest value leads");
                for (Map.Entry<String, Long> e : exact.get(field).entrySet()) {
                    if (e.getValue() < total / 50) continue;   // the tail of 300 accounts is noise in any sample
                    double shareExact = (double) e.getValue() / total;
                    double shareEst = (double) est.getOrDefault(e.getKey(), 0L) / total;
                    assertTrue(Math.abs(shareEst - shareExact) < 0.03,
                            q + " " + field + "=" + e.getKey() + ": estimated share " + shareEst + ", exact " + shareExact);
                }
            }
        }
    }

    @Test
    void theSameQueryGivesTheSameEstimate() throws Exception {
        IndexResults a = sampling().run("prompt:alpha", IndexFilters.NONE, 5);
        IndexResults b = sampling().run("prompt:alpha", IndexFilters.NONE, 5);
        assertEquals(a.facets(), b.facets());
        assertEquals(a.facetSampleSize(), b.facetSampleSize());
    }

    @Test
    void smallHitSetsAndTheDefaultLimitsCountEveryMatch() throws Exception {
        IndexResults small = sampling().run("*", new IndexFilters("acct_007", null, null, null), 10);
        assertFalse(small.facetsSampled());
        long n = ALL.get("account").get("acct_007");
        assertTrue(n > 0 && n <= EXACT);
        assertEquals(n, small.total());
        assertEquals(n, small.facetSampleSize());
        assertEquals(Map.of("acct_007", n), small.facets().get("account"));

        // 30,000 matches are far below the default limit: exact, to the unit.
        IndexResults all = index.search().run("*", IndexFilters.NONE, 10);
        assertFalse(all.facetsSampled());
        assertEquals(DOCS, all.facetSampleSize());
        assertEquals(ALL.get("model"), all.facets().get("model"));
        assertEquals(ALL.get("country"), all.facets().get("country"));
        assertEquals(ALL.get("account").get("acct_busy"), all.facets().get("account").get("acct_busy"));
        assertEquals(FacetCounter.MAX_VALUES, all.facets().get("account").size(), "only the commonest accounts");
    }

    /** Row windows, the match set and the count shortcuts must rank and count exactly as Lucene over every match. */
    @Test
    void totalsAndRankingEqualAPlainSearchOverEveryMatch() throws Exception {
        DirectoryReader reader = index.reader();
        IndexSearcher plain = new IndexSearcher(reader);
        plain.setQueryCache(null);
        IndexSearch search = sampling();
        for (String q : List.of("*", "model:frontier*", "prompt:*tion", "prompt:alpha", "alpha beta", "\"beta station\"",
                "country:[A TO M]", "router:*", "prompt:*ha AND NOT model:other*", "account:acct_0*", "notion~1")) {
            for (IndexFilters f : List.of(IndexFilters.NONE, new IndexFilters("acct_second", null, null, null))) {
                IndexResults r = search.run(q, f, 50);
                Query parsed = search.parse(q);
                Query filtered = f.account() == null ? parsed : new BooleanQuery.Builder().add(parsed, BooleanClause.Occur.MUST)
                        .add(new TermQuery(new Term(Fields.ACCOUNT, f.account())), BooleanClause.Occur.FILTER).build();
                assertEquals(plain.count(filtered), r.total(), q + " " + f);
                ScoreDoc[] expected = plain.search(filtered, new TopFieldCollectorManager(TopHits.RANKING, 50, null, Integer.MAX_VALUE)).scoreDocs;
                assertEquals(expected.length, r.hits().size(), q + " " + f);
                for (int i = 0; i < expected.length; i++) {
                    String id = plain.storedFields().document(expected[i].doc).get(Fields.REQUEST_ID);
                    assertEquals(id, r.hits().get(i).requestId(), q + " " + f + " hit " + i);
                    assertEquals((Float) ((FieldDoc) expected[i]).fields[0], r.hits().get(i).score(), 1e-6, q + " score " + i);
                }
            }
        }
    }

    @Test
    void keywordWildcardsAreCountedFromTermStatisticsUnlessDocumentsWereDeleted() throws Exception {
        IndexSearcher s = new IndexSearcher(index.reader());
        Query models = sampling().parse("model:frontier*");
        long expected = ALL.get("model").get("frontier-large") + ALL.get("model").get("frontier-mini");
        assertEquals(expected, HitCount.singleValuedTerms(s, models));
        assertEquals(-1, HitCount.singleValuedTerms(s, sampling().parse("prompt:alph*")), "text fields hold many terms per document");
        assertEquals(-1, HitCount.singleValuedTerms(s, sampling().parse("model:frontier-larg~1")), "fuzzy keeps only its best terms");
        assertEquals(-1, HitCount.singleValuedTerms(s, new MatchAllDocsQuery()));
    }

    @Test
    void afterDeletionsKeywordWildcardsAreCountedByIteratingAndStayExact(@TempDir Path dir) throws Exception {
        try (CaseIndex small = new CaseIndex(dir.resolve("index"))) {
            RecordParser parser = new RecordParser();
            for (int row = 1; row <= 1_000; row++) {
                byte[] b = TestBundle.request("d" + row, "2026-01-10T08:00:00Z", "acct_" + (row % 7), row % 3 == 0 ? "frontier-a" : "frontier-b",
                        "text " + row).getBytes(StandardCharsets.UTF_8);
                small.add(row, "B", parser.parse(b, b.length));
            }
            small.commit(1_000);
            small.reconcile(900);   // as after a crash: the index held rows the database lost
            IndexSearch search = new IndexSearch(small, TagResolver.NONE, 100, 150);
            assertEquals(-1, HitCount.singleValuedTerms(new IndexSearcher(small.reader()), search.parse("model:frontier*")));
            IndexResults r = search.run("model:frontier*", IndexFilters.NONE, 5);
            assertEquals(900, r.total());
            assertTrue(r.facetsSampled());
            assertEquals(300, r.facets().get("model").get("frontier-a"), 60.0, "estimate near the 300 rows of frontier-a");
            assertEquals(List.of("d1", "d2", "d3", "d4", "d5"), r.hits().stream().map(IndexHit::requestId).toList());
        }
    }

    @Test
    void constantScoreIsOnlyClaimedWhereEveryMatchScoresTheSame() {
        IndexSearch s = sampling();
        for (String q : List.of("*", "model:frontier*", "prompt:*tion", "status:[400 TO 499]", "reasoning:*",
                "ua:python* AND reasoning:*", "+model:frontier* -prompt:alpha")) {
            assertTrue(TopHits.constantScore(s.parse(q)), q);
        }
        for (String q : List.of("alpha", "\"beta station\"", "notion~1", "alpha OR model:frontier*", "model:frontier* OR status:429",
                "account:acct_busy", "model:frontier* AND alpha")) {
            assertFalse(TopHits.constantScore(s.parse(q)), q);
        }
    }

    @Test
    void eachBlockIsSampledOnceInsideItself() {
        Random rnd = new Random(3);
        for (int i = 0; i < 10_000; i++) {
            long step = 1 + rnd.nextInt(5_000);
            long block = rnd.nextInt(1_000_000);
            long p = FacetCounter.samplePosition(block, step);
            assertTrue(p >= block * step && p < (block + 1) * step, block + "/" + step + " -> " + p);
        }
    }
}
