package io.alembic.formats;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static io.alembic.formats.FormatFixtures.byId;
import static io.alembic.formats.FormatFixtures.fixture;
import static io.alembic.formats.FormatFixtures.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fixtures otel/* follow the OpenTelemetry GenAI semantic conventions and OTLP/JSON encoding:
 * https://opentelemetry.io/docs/specs/semconv/gen-ai/gen-ai-spans/ (gen_ai.provider.name, gen_ai.request.model,
 * gen_ai.usage.*, gen_ai.input.messages / gen_ai.output.messages with typed parts, gen_ai.system_instructions),
 * https://opentelemetry.io/docs/specs/semconv/gen-ai/gen-ai-events/ and the v1.36.0-and-prior span events
 * (gen_ai.content.prompt / gen_ai.content.completion, gen_ai.user.message, gen_ai.choice), and
 * https://opentelemetry.io/docs/specs/otlp/#json-protobuf-encoding (resourceSpans, intValue as string).
 */
class OtelReaderTest {
    @TempDir Path tmp;

    private Conversion convert() throws Exception {
        return Converter.convert(fixture("otel"), tmp.resolve("out"), ConvertOptions.DETECT);
    }

    @Test
    void olderSpanEventsAndIndexedAttributesMap() throws Exception {
        List<JsonNode> all = lines(convert().dir().resolve("records/part-00001.jsonl"));
        JsonNode older = byId(all, "otel:5b8efff798038103d269b633813fc60c/eee19b7ec3c1b174");
        assertEquals("student-42", older.path("account_id").asText());
        assertEquals("gpt-4o", older.path("model").asText());
        assertEquals("2025-01-14T10:20:00Z", older.path("timestamp").asText());
        assertEquals("Derive the quadratic formula, showing every step.", older.at("/request/messages/1/content").asText());
        assertEquals("Complete the square on ax^2+bx+c=0.", older.at("/response/content").asText());
        assertEquals(500, older.at("/request/params/max_tokens").asInt());
        assertEquals(42, older.at("/usage/input_tokens").asInt());
        assertEquals(1250, older.path("latency_ms").asInt());
        assertEquals("kept", older.at("/source/original/attributes/10/value/stringValue").asText());
        JsonNode events = byId(all, "otel:5b8efff798038103d269b633813fc60c/aaa19b7ec3c1b175");
        assertEquals("tutor-app", events.path("account_id").asText(), "no user attribute: the service is the account");
        assertEquals("Name a prime larger than 100.", events.at("/request/messages/0/content").asText());
        assertEquals("101.", events.at("/response/content").asText());
        assertEquals("error", events.at("/response/error/type").asText());
    }

    @Test
    void newerMessageAttributesMapInStringAndStructuredForm() throws Exception {
        List<JsonNode> all = lines(convert().dir().resolve("records/part-00001.jsonl"));
        JsonNode newer = byId(all, "otel:0af7651916cd43dd8448eb211c80319c/b7ad6b7169203331");
        assertEquals("acct-0042", newer.path("account_id").asText());
        assertEquals("You are a math tutor.", newer.at("/request/messages/0/content").asText());
        assertEquals("Why is the square root of 2 irrational? Reason carefully.", newer.at("/request/messages/1/content").asText());
        assertEquals("Suppose sqrt(2)=p/q; then both are even, a contradiction.", newer.at("/response/content").asText());
        assertEquals("Assume p/q in lowest terms.", newer.at("/response/reasoning").asText());
        assertEquals("203.0.113.7", newer.at("/client/ip").asText());
        JsonNode structured = byId(all, "otel:0af7651916cd43dd8448eb211c80319d/c7ad6b7169203332");
        assertEquals("Structured attribute form.", structured.at("/request/messages/0/content").asText());
    }

    @Test
    void nonGenAiSpansAreSkippedAndBadLinesRejected() throws Exception {
        Conversion c = convert();
        assertEquals(4, c.records());
        assertTrue(c.notes().stream().anyMatch(n -> n.contains("1 span(s) without gen_ai attributes skipped")), c.notes().toString());
        List<JsonNode> rejected = lines(c.dir().resolve("rejected.jsonl"));
        assertEquals(List.of(3L, 4L), rejected.stream().map(n -> n.path("line").asLong()).toList());
    }
}
