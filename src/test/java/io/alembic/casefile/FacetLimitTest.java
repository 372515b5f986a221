package io.alembic.casefile;

import io.alembic.testutil.TestBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.alembic.testutil.TestBundle.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Facets hand back the commonest values, never every account of a big case (the panel and the filter box show them). */
class FacetLimitTest {
    @TempDir Path tmp;

    @Test
    void aMatchAllOverManyAccountsReturnsTheirCommonestValuesFirst() throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 130; i++) lines.add(request("r" + i, "2026-01-10T08:00:00Z", String.format("acct_%03d", i), "m1", "prompt " + i));
        for (int i = 0; i < 4; i++) lines.add(request("busy" + i, "2026-01-10T09:00:00Z", "acct_busy", "m1", "again " + i));
        Path bundle = new TestBundle("FACETS").requests("records/part-00001.jsonl", lines).writeTo(tmp.resolve("bundle"));
        try (Case c = Case.openOrCreate(tmp.resolve("case"))) {
            c.importBundle(bundle, false, ImportListener.NONE, CancelToken.none());
            SearchResults r = c.search(new SearchQuery("*", null, null, null, null, 10, 0));
            assertEquals(134, r.total(), "the total still counts every match");
            assertFalse(r.facetsSampled(), "134 matches are counted, not sampled");
            assertEquals(134, r.facetSampleSize());
            Map<String, Long> accounts = r.facets().get("account");
            assertEquals(100, accounts.size());
            Map.Entry<String, Long> first = accounts.entrySet().iterator().next();
            assertEquals("acct_busy", first.getKey());
            assertEquals(4L, first.getValue());
            assertEquals(134L, r.facets().get("model").get("m1"));
        }
    }
}
