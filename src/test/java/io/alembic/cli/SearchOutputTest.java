package io.alembic.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.alembic.casefile.SearchResults;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sampled facet counts are marked as estimates in both outputs of {@code search}; exact ones are not. */
class SearchOutputTest {
    private static Map<String, Map<String, Long>> facets() {
        Map<String, Map<String, Long>> f = new LinkedHashMap<>();
        f.put("model", Map.of("frontier-mini", 6_000_000L, "frontier-large", 4_000_000L));
        return f;
    }

    @Test
    void sampledFacetsAreFlaggedInJsonAndMarkedInText() {
        SearchResults r = new SearchResults(10_000_000L, List.of(), facets(), true, 50_000);
        ObjectNode json = SearchCommand.toJson(r);
        assertTrue(json.get("facets_sampled").asBoolean());
        assertEquals(50_000, json.get("facets_sample_size").asLong());
        assertEquals(10_000_000L, json.get("total").asLong());

        StringWriter text = new StringWriter();
        SearchCommand.printFacets(new PrintWriter(text), r);
        assertTrue(text.toString().contains("model: frontier-mini (≈6000000), frontier-large (≈4000000)"), text.toString());
        assertTrue(text.toString().contains("estimates from an evenly spread sample of 50,000 of the 10,000,000 hits"), text.toString());
    }

    @Test
    void exactFacetsCarryNoMark() {
        SearchResults r = new SearchResults(10_000_000L, List.of(), facets(), false, 10_000_000L);
        assertFalse(SearchCommand.toJson(r).get("facets_sampled").asBoolean());
        StringWriter text = new StringWriter();
        SearchCommand.printFacets(new PrintWriter(text), r);
        assertFalse(text.toString().contains("≈"), text.toString());
        assertFalse(text.toString().contains("estimate"), text.toString());
    }
}
