package io.alembic.formats;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.alembic.formats.FormatFixtures.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the mapping dialog shows: the first rows as the reader parses them, a guess, and the converted preview. */
class GatewaySampleTest {
    @Test
    void aCsvLogGivesItsHeaderAndRowsWithQuotedLineBreaksIntact() throws Exception {
        GatewaySample s = GatewaySample.find(fixture("gateway"), 10).orElseThrow();
        assertEquals("csv", s.format());
        assertEquals("ts", s.columns().get(0));
        assertEquals(4, s.rows().size());
        assertEquals("Multi-line\nprompt here", s.rows().get(1).cells().get(5));
        assertTrue(s.headerKey().startsWith("csv ,: ts, user, api_key"), s.headerKey());
    }

    @Test
    void aJsonlLogGivesTheDottedPathsOfItsFields() throws Exception {
        GatewaySample s = GatewaySample.of(fixture("gateway/gateway.jsonl"), 10).orElseThrow();
        assertEquals("jsonl", s.format());
        assertTrue(s.columns().containsAll(List.of("time", "who.account", "who.key", "req.model", "req.input", "out", "extra.kept")), s.columns().toString());
        Map<String, String> guess = GatewayGuess.columns(s.columns());
        assertEquals("time", guess.get("timestamp"));
        assertEquals("who.account", guess.get("account_id"));
        assertEquals("req.input", guess.get("prompt"));
        assertEquals("epoch_ms", GatewayGuess.timestampFormat(s.rows().get(0).cells().get(0)));
    }

    @Test
    void proseAndNativeLessFoldersAreNotOffered() throws Exception {
        assertFalse(GatewaySample.find(fixture("unknown"), 10).isPresent());
    }

    @Test
    void thePreviewConvertsWithTheImportsReaderAndSaysWhyARowWouldBeQuarantined() throws Exception {
        GatewaySample s = GatewaySample.of(fixture("gateway/gateway.csv"), 10).orElseThrow();
        GatewayMapping m = GatewayMapping.read(fixture("gateway/mapping.json"));
        List<GatewayPreview.Outcome> out = GatewayPreview.convert(s, m, 10);
        assertEquals(4, out.size(), out.toString());
        assertTrue(out.get(0).ok());
        assertEquals("cust-1", out.get(0).fields().get("account_id"));
        assertEquals("198.51.100.4", out.get(0).fields().get("ip"));
        assertFalse(out.get(2).ok(), "the short row is refused as the import refuses it");
        assertFalse(out.get(3).ok(), "\"yesterday\" is no timestamp");
        assertEquals(2, GatewayPreview.convert(s, m, 2).size(), "stops when the preview is full");
    }
}
