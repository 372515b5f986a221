package io.alembic.bundle;

import io.alembic.detect.RequestFacts;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FactsReaderTest {
    @Test
    void oneStreamingPassReadsRecordAndGenerationParams() {
        String line = "{\"request_id\":\"r1\",\"timestamp\":\"2026-01-03T04:05:06.789+09:00\",\"account_id\":\"a\",\"api_key_id\":\"k\","
                + "\"endpoint\":\"/v1/chat/completions\",\"model\":\"m\",\"client\":{\"ip\":\"1.2.3.4\",\"asn\":\"AS64900\","
                + "\"user_agent\":\"python-httpx/0.27.0\",\"forwarded_for\":[\"9.9.9.9\"],\"router\":null},"
                + "\"request\":{\"messages\":[{\"role\":\"system\",\"content\":\"sys\"},{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"hi\"}]},"
                + "{\"role\":\"user\",\"content\":\"again\"}],\"params\":{\"temperature\":0.7,\"max_tokens\":8192,\"reasoning_effort\":\"high\"}},"
                + "\"response\":{\"status\":429,\"content\":\"long text\",\"reasoning\":\"r\",\"error\":{\"type\":\"rate_limit_exceeded\"}},"
                + "\"usage\":{\"input_tokens\":3,\"output_tokens\":4,\"reasoning_tokens\":5}}";
        RequestFacts f = new FactsReader().read(line.getBytes(StandardCharsets.UTF_8));
        assertEquals("r1", f.requestId());
        assertEquals(Timestamps.parseRfc3339("2026-01-03T04:05:06.789+09:00"), f.tsMs());
        assertEquals(64900L, f.asn());
        assertEquals(List.of("9.9.9.9"), f.forwardedFor());
        assertNull(f.router());
        assertEquals("hi\n\nagain", f.prompt());
        assertEquals("sys", f.system());
        assertEquals(0.7, f.temperature());
        assertEquals(8192, f.maxTokens());
        assertEquals("high", f.reasoningEffort());
        assertEquals(429, f.status());
        assertEquals("rate_limit_exceeded", f.errorType());
        assertTrue(f.hasReasoning());
        assertEquals(5, f.reasoningTokens());
        assertEquals(0, f.answerChars(), "an opener's answer is not measured");
    }

    @Test
    void aFollowUpCarriesTheLengthsOfTheEarlierAnswerAndOfItsOwn() {
        String line = "{\"request_id\":\"r2\",\"timestamp\":\"2026-01-03T04:05:06Z\",\"account_id\":\"a\","
                + "\"request\":{\"messages\":[{\"role\":\"user\",\"content\":\"q\"},{\"role\":\"assistant\",\"content\":\"first reply\"},"
                + "{\"role\":\"user\",\"content\":\"more\"},{\"role\":\"assistant\",\"content\":\"12345\"},{\"role\":\"user\",\"content\":\"go on\"}]},"
                + "\"response\":{\"status\":200,\"content\":\"a longer answer\"}}";
        RequestFacts f = new FactsReader().read(line.getBytes(StandardCharsets.UTF_8));
        assertEquals(2, f.assistantTurns());
        assertEquals(5, f.priorAnswerChars(), "the latest earlier answer");
        assertEquals(15, f.answerChars());
    }

    @Test
    void fastTimestampsAgreeWithJavaTime() {
        for (String t : new String[]{"2026-01-01T00:00:00Z", "2026-01-31T23:59:59.5Z", "2025-12-31T19:00:00-05:00",
                "2026-02-28T12:30:45.123456+05:30", "2026-01-01 10:00:00Z"}) {
            assertEquals(Timestamps.parseRfc3339(t), FastTime.parse(t), t);
        }
        assertNull(new FactsReader().read("{\"request_id\":\"x\"".getBytes(StandardCharsets.UTF_8)));
    }
}
