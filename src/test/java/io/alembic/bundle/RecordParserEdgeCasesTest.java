package io.alembic.bundle;

import io.alembic.testutil.HostileJson;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Cases the property tests found (kept shrunk) and the edges they stand for. */
class RecordParserEdgeCasesTest {
    private static final String VALID = new String(HostileJson.validLine("r1"), StandardCharsets.UTF_8);

    private static RequestRecord parse(String line) throws BadRecordException {
        byte[] b = line.getBytes(StandardCharsets.UTF_8);
        return new RecordParser().parse(b, b.length);
    }

    @Test
    void yearTooFarForEpochMillisIsABadTimestampNotACrash() {
        // found by RecordParserFuzzTest: OffsetDateTime accepts it, toEpochMilli overflowed
        String line = VALID.replace("2026-01-14T03:12:45.123Z", "+999999999-12-31T23:59:59Z");
        BadRecordException e = assertThrows(BadRecordException.class, () -> parse(line));
        assertTrue(e.getMessage().startsWith("bad timestamp \"+999999999-12-31T23:59:59Z\""), e.getMessage());
    }

    @Test
    void impossibleDateIsABadTimestamp() {
        assertThrows(BadRecordException.class, () -> parse(VALID.replace("2026-01-14T03:12:45.123Z", "2026-02-30T00:00:00Z")));
    }

    @Test
    void numbersOutOfRangeAreLeftOutAndTheRecordKept() throws BadRecordException {
        // found by RecordParserFuzzTest beside the timestamp: asn 1e400 failed the line as "not JSON"
        RequestRecord r = parse(VALID.replace("\"asn\":64500", "\"asn\":1e400").replace("\"status\":200", "\"status\":2147483648")
                .replace("\"latency_ms\":812", "\"latency_ms\":123456789012345678901234567890")
                .replace("\"input_tokens\":10", "\"input_tokens\":-1e400"));
        assertNull(r.client().asn());
        assertNull(r.status());
        assertNull(r.latencyMs());
        assertEquals(0, r.inputTokens());
        assertTrue(r.rawJson().contains("1e400"), "the verbatim line keeps the value");
    }

    @Test
    void countsNoRequestCouldHaveAreLeftOutSoAccountTotalsCannotOverflow() throws BadRecordException {
        // found by ImportFuzzTest in CI: two lines of 9223372036854775807 input tokens made the account totals' SUM overflow,
        // and the import failed after every line had been stored
        RequestRecord r = parse(VALID.replace("\"input_tokens\":10", "\"input_tokens\":9223372036854775807")
                .replace("\"output_tokens\":20", "\"output_tokens\":-20").replace("\"latency_ms\":812", "\"latency_ms\":-1"));
        assertEquals(0, r.inputTokens());
        assertEquals(0, r.outputTokens());
        assertNull(r.latencyMs());
        assertEquals(5, r.reasoningTokens());
        RequestRecord big = parse(VALID.replace("\"input_tokens\":10", "\"input_tokens\":" + RecordParser.MAX_COUNT));
        assertEquals(RecordParser.MAX_COUNT, big.inputTokens());
    }

    @Test
    void messageThatIsNotAnObjectIsSkippedNotMistakenForTrailingData() throws BadRecordException {
        RequestRecord r = parse(VALID.replace("\"messages\":[", "\"messages\":[\"stray\",7,"));
        assertEquals("explain krebs", r.promptText());
    }

    @Test
    void nestingPastTheParserLimitIsRefusedWithThatReason() {
        String deep = "[".repeat(1500) + "]".repeat(1500);
        BadRecordException e = assertThrows(BadRecordException.class, () -> parse(VALID.replace("\"latency_ms\":812", "\"x\":" + deep)));
        assertTrue(e.getMessage().startsWith("over a JSON parser limit: "), e.getMessage());
    }

    @Test
    void loneSurrogatesAndNulInStringsAreKept() throws BadRecordException {
        RequestRecord r = parse(VALID.replace("python-httpx/0.27.0", "ua\\ud800\\u0000\\u001b"));
        assertEquals("ua\uD800\u0000\u001b", r.client().userAgent());
    }
}
