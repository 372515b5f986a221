package io.alembic.formats;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static io.alembic.formats.FormatFixtures.byId;
import static io.alembic.formats.FormatFixtures.fixture;
import static io.alembic.formats.FormatFixtures.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fixture bedrock/invocations.json is written from the AWS documentation of the log record and of the model bodies:
 * https://docs.aws.amazon.com/bedrock/latest/userguide/model-invocation-logging.html (record fields: schemaType,
 * timestamp, accountId, identity.arn, region, requestId, operation, modelId, input.inputBodyJson / inputBodyS3Path /
 * inputTokenCount, output.outputBodyJson / outputTokenCount), and the body shapes of
 * https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-anthropic-claude-messages.html,
 * https://docs.aws.amazon.com/bedrock/latest/userguide/conversation-inference.html (Converse),
 * https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-titan-text.html and
 * https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-meta.html (Llama).
 */
class BedrockReaderTest {
    @TempDir Path tmp;

    private List<JsonNode> records(Path from) throws Exception {
        Conversion c = Converter.convert(from, tmp.resolve("out"), ConvertOptions.DETECT);
        assertEquals(List.of("bedrock"), c.formats());
        return lines(c.dir().resolve("records/part-00001.jsonl"));
    }

    @Test
    void anthropicMessagesBodyMapsToMessagesReasoningAndUsage() throws Exception {
        JsonNode r = byId(records(fixture("bedrock/invocations.json")), "b1a2c3d4-0001-4000-8000-000000000001");
        assertEquals("111122223333", r.path("account_id").asText());
        assertEquals("arn:aws:sts::111122223333:assumed-role/app-role/session-1", r.path("api_key_id").asText());
        assertEquals("InvokeModel", r.path("endpoint").asText());
        assertEquals("system", r.at("/request/messages/0/role").asText());
        assertEquals("Explain step by step why the sky is blue.", r.at("/request/messages/1/content").asText());
        assertEquals(1024, r.at("/request/params/max_tokens").asInt());
        assertEquals("Sunlight scatters off air molecules; blue scatters most.", r.at("/response/content").asText());
        assertEquals("Rayleigh scattering first.", r.at("/response/reasoning").asText());
        assertEquals(21, r.at("/usage/input_tokens").asInt());
        assertEquals(14, r.at("/usage/output_tokens").asInt());
        assertEquals(1, r.at("/source/line").asInt());
        assertEquals("source/invocations.json", r.at("/source/file").asText());
    }

    @Test
    void converseTitanAndLlamaBodiesMap() throws Exception {
        List<JsonNode> all = records(fixture("bedrock/invocations.json"));
        JsonNode converse = byId(all, "b1a2c3d4-0002-4000-8000-000000000002");
        assertEquals("List three prime numbers and show your reasoning.", converse.at("/request/messages/1/content").asText());
        assertEquals(512, converse.at("/request/params/maxTokens").asInt());
        assertEquals("2, 3 and 5: each has no divisor but 1 and itself.", converse.at("/response/content").asText());
        assertEquals("verbatim", converse.at("/source/original/futureField/kept").asText(), "unknown fields stay with the record");
        JsonNode titan = byId(all, "b1a2c3d4-0003-4000-8000-000000000003");
        assertEquals("Summarise the plot of Hamlet in two sentences.", titan.at("/request/prompt").asText());
        assertEquals("A prince avenges his father. Nearly everyone dies.", titan.at("/response/content").asText());
        assertEquals("arn:aws:iam::111122223333:user/batch-worker", titan.path("api_key_id").asText());
        JsonNode llama = byId(all, "b1a2c3d4-0004-4000-8000-000000000004");
        assertTrue(llama.at("/request/prompt").asText().contains("Write a haiku about rain."));
        assertEquals("Soft rain on the roof", llama.at("/response/content").asText());
        assertEquals(6, llama.at("/usage/output_tokens").asInt());
    }

    @Test
    void anS3DeliveredBodyIsNotedNotFetchedAndErrorsKeepTheirCode() throws Exception {
        Conversion c = Converter.convert(fixture("bedrock/invocations.json"), tmp.resolve("out"), ConvertOptions.DETECT);
        List<JsonNode> all = lines(c.dir().resolve("records/part-00001.jsonl"));
        JsonNode s3 = byId(all, "b1a2c3d4-0005-4000-8000-000000000005");
        assertTrue(s3.at("/source/input_body_s3_path").asText().startsWith("s3://"));
        assertTrue(s3.at("/request/messages").isArray());
        assertTrue(c.notes().stream().anyMatch(n -> n.contains("not fetched")), c.notes().toString());
        JsonNode throttled = byId(all, "b1a2c3d4-0007-4000-8000-000000000007");
        assertEquals("ThrottlingException", throttled.at("/response/error/type").asText());
    }

    @Test
    void badLinesAreRejectedWithFileAndLine() throws Exception {
        Conversion c = Converter.convert(fixture("bedrock/invocations.json"), tmp.resolve("out"), ConvertOptions.DETECT);
        assertEquals(6, c.records());
        List<JsonNode> rejected = lines(c.dir().resolve("rejected.jsonl"));
        assertEquals(List.of(5L, 7L, 8L), rejected.stream().map(n -> n.path("line").asLong()).toList());
        assertTrue(rejected.get(0).path("reason").asText().startsWith("not JSON"));
        assertTrue(rejected.get(1).path("reason").asText().startsWith("bad timestamp"));
        assertTrue(rejected.stream().allMatch(n -> n.path("file").asText().equals("source/invocations.json")));
    }

    @Test
    void gzippedDeliveriesReadTheSame() throws Exception {
        Path gz = tmp.resolve("in/2026/01/14/invocations.json.gz");
        Files.createDirectories(gz.getParent());
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
            o.write(Files.readAllBytes(fixture("bedrock/invocations.json")));
        }
        assertEquals(6, records(tmp.resolve("in")).size());
    }
}
