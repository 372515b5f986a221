package io.alembic.detect.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class EvaluatorTest {
    @Test
    void confusionCountsAndRates() throws Exception {
        String labels = """
                {"accounts": {
                  "d1": {"label": "distiller", "campaign": "c1", "tactics": ["cot_harvest", "router_masking"]},
                  "d2": {"label": "distiller", "campaign": "c1", "tactics": ["cot_harvest", "router_masking"]},
                  "d3": {"label": "distiller", "campaign": "c2", "tactics": ["slow_and_low"], "wave": "resumed_after_ban"},
                  "d4": {"label": "distiller", "campaign": "c2", "tactics": ["slow_and_low"]},
                  "b1": {"label": "benign", "profile": "chat_user"},
                  "b2": {"label": "benign", "profile": "research_eval"},
                  "b3": {"label": "benign", "profile": "app_integration"}}}""";
        Evaluation e = Evaluator.evaluate(new ObjectMapper().readTree(labels), Set.of("d1", "d2", "d3", "b2", "unknown"));
        assertEquals(3, e.truePositives());
        assertEquals(1, e.falsePositives());
        assertEquals(1, e.falseNegatives());
        assertEquals(2, e.trueNegatives());
        assertEquals(0.75, e.precision(), 1e-9);
        assertEquals(0.75, e.recall(), 1e-9);
        assertEquals(0.75, e.f1(), 1e-9);
        assertArrayEquals(new long[]{2, 2}, e.byTactic().get("router_masking"));
        assertArrayEquals(new long[]{1, 2}, e.byTactic().get("slow_and_low"));
        assertArrayEquals(new long[]{1, 1}, e.byTactic().get("resumed_after_ban"));
        assertArrayEquals(new long[]{1, 2}, e.byCampaign().get("c2"));
        assertEquals(List.of("b2"), e.falsePositiveIds());
        assertEquals(List.of("d4"), e.missedIds());
        assertEquals("benign research_eval", e.describe().get("b2"));
    }

    @Test
    void emptyDenominatorsCountAsPerfect() throws Exception {
        Evaluation e = Evaluator.evaluate(new ObjectMapper().readTree("{\"accounts\": {\"b\": {\"label\": \"benign\"}}}"), Set.of());
        assertEquals(1.0, e.precision());
        assertEquals(1.0, e.recall());
    }
}
