package io.alembic.casefile;

import io.alembic.index.QuerySyntaxException;
import io.alembic.testutil.TestBundle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static io.alembic.testutil.TestBundle.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchTest {
    @TempDir static Path tmp;
    static Case c;

    @BeforeAll
    static void importFixture() throws IOException {
        List<String> lines = List.of(
                request("q1", "2026-01-10T08:00:00Z", "alice", "frontier-large-2026-01", "Explain the Krebs cycle step by step."),
                request("q2", "2026-01-11T09:00:00Z", "alice", "frontier-mini-2026-01", "What is the capital of Australia?"),
                request("q3", "2026-01-12T10:00:00Z", "bob", "frontier-reasoning-2026-01", "Solve x + 2 = 5. Think step by step and show your reasoning."),
                request("q4", "2026-01-13T11:00:00Z", "bob", "frontier-large-2026-01", "Write a haiku about mitochondria."),
                request("q5", "2026-01-20T12:00:00Z", "carol", "other-model", "Give the final answer only: 17 * 3",
                        Map.of("client", Map.of("ip", "198.51.100.9", "country", "DE", "router", "relay.example.net"),
                                "response", Map.of("status", 429, "error", Map.of("type", "rate_limit", "message", "slow down")))));
        Path bundle = new TestBundle("SEARCH").requests("records/part-00001.jsonl", lines).writeTo(tmp.resolve("bundle"));
        c = Case.openOrCreate(tmp.resolve("case"));
        c.importBundle(bundle, false, ImportListener.NONE, CancelToken.none());
    }

    @AfterAll
    static void close() throws IOException { c.close(); }

    private static Set<String> ids(String query) throws IOException {
        return ids(new SearchQuery(query, null, null, null, null, 100, 10));
    }

    private static Set<String> ids(SearchQuery q) throws IOException {
        return c.search(q).hits().stream().map(SearchHit::requestId).collect(Collectors.toSet());
    }

    @Test
    void phraseInFieldCombinedWithWildcardOnModel() throws IOException {
        assertEquals(Set.of("q1", "q3"), ids("prompt:\"step by step\""));
        assertEquals(Set.of("q3"), ids("reasoning:\"step by step\" AND model:frontier-reasoning*"));
        assertEquals(Set.of("q1", "q3", "q4"), ids("model:frontier-large* OR model:frontier-reasoning*"));
    }

    @Test
    void defaultFieldsCoverPromptResponseAndReasoning() throws IOException {
        assertEquals(Set.of("q4"), ids("mitochondria"));
        assertEquals(Set.of("q4"), ids("mitochondira~2"));
        assertEquals(Set.of("q2"), ids("australia"));
        assertEquals(Set.of("q2"), ids("austral*"));
    }

    @Test
    void keywordAndNumericFields() throws IOException {
        assertEquals(Set.of("q5"), ids("status:429"));
        assertEquals(Set.of("q5"), ids("status:[400 TO 499]"));
        assertEquals(Set.of("q5"), ids("router:\"relay.example.net\""));
        assertEquals(Set.of("q5"), ids("country:DE"));
        assertEquals(Set.of("q3", "q4"), ids("account:bob"));
        assertEquals(Set.of("q1", "q2"), ids("time:[2026-01-10 TO 2026-01-11]"));
        assertEquals(Set.of("q1", "q2", "q3", "q4"), ids("*:* -status:429"));
    }

    @Test
    void filtersByAccountTimeAndModel() throws IOException {
        assertEquals(Set.of("q1", "q2"), ids(new SearchQuery("*", "alice", null, null, null, 100, 0)));
        assertEquals(Set.of("q3", "q4"), ids(new SearchQuery("*", null, null, Instant.parse("2026-01-12T00:00:00Z"), Instant.parse("2026-01-14T00:00:00Z"), 100, 0)));
        assertEquals(Set.of("q1"), ids(new SearchQuery("step", null, "frontier-large-2026-01", null, null, 100, 0)));
    }

    @Test
    void rankedHitsWithHighlightedSnippetsAndFacets() throws IOException {
        SearchResults r = c.search(new SearchQuery("prompt:krebs OR prompt:step", null, null, null, null, 10, 10));
        assertEquals(2, r.total());
        assertEquals("q1", r.hits().get(0).requestId(), "q1 matches both terms and ranks first");
        assertTrue(r.hits().get(0).snippet().contains("[[Krebs]]"), r.hits().get(0).snippet());
        assertEquals(Map.of("alice", 1L, "bob", 1L), r.facets().get("account"));
        assertEquals(2L, r.facets().get("country").get("SG"));
        SearchResults all = c.search(new SearchQuery("*", null, null, null, null, 2, 0));
        assertEquals(5, all.total(), "total counts every match, not just the returned page");
        assertEquals(2, all.hits().size());
        assertEquals(Map.of("relay.example.net", 1L), all.facets().get("router"));
    }

    @Test
    void badSyntaxIsAClearError() {
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> c.search(SearchQuery.of("prompt:(step AND", 10)));
        assertTrue(e.getMessage().contains("prompt:(step AND"), e.getMessage());
        assertThrows(QuerySyntaxException.class, () -> c.search(SearchQuery.of("status:abc", 10)));
    }
}
