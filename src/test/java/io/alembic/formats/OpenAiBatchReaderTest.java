package io.alembic.formats;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.alembic.formats.FormatFixtures.byId;
import static io.alembic.formats.FormatFixtures.fixture;
import static io.alembic.formats.FormatFixtures.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fixtures openai-batch/*.jsonl follow the OpenAI Batch API reference: the request input object
 * (https://platform.openai.com/docs/api-reference/batch/request-input: custom_id, method, url, body) and the request
 * output object (https://platform.openai.com/docs/api-reference/batch/request-output: id, custom_id,
 * response {status_code, request_id, body}, error {code, message}); guide: https://platform.openai.com/docs/guides/batch.
 */
class OpenAiBatchReaderTest {
    @TempDir Path tmp;

    private Conversion convert(Path from) throws Exception {
        return Converter.convert(from, tmp.resolve("out"), ConvertOptions.DETECT);
    }

    @Test
    void inputAndOutputAreJoinedByCustomId() throws Exception {
        Conversion c = convert(fixture("openai-batch"));
        List<JsonNode> all = lines(c.dir().resolve("records/part-00001.jsonl"));
        JsonNode one = byId(all, "batch_req_123");
        assertEquals("user-7781", one.path("account_id").asText());
        assertEquals("/v1/chat/completions", one.path("endpoint").asText());
        assertEquals("What is 2+2? Think step by step.", one.at("/request/messages/1/content").asText());
        assertEquals("2 + 2 equals 4.", one.at("/response/content").asText());
        assertEquals(200, one.at("/response/status").asInt());
        assertEquals(22, one.at("/usage/input_tokens").asInt());
        assertEquals("2024-03-28T19:06:35Z", one.path("timestamp").asText());
        assertEquals("source/batch_output.jsonl", one.at("/source/output_file").asText());
        JsonNode two = byId(all, "batch_req_456");
        assertEquals("Translate 'good morning' into French.", two.at("/request/messages/0/content").asText());
        assertTrue(two.at("/source/input/body/x_unknown_param/nested").asBoolean(), "unknown fields stay with the record");
        JsonNode failed = byId(all, "batch_req_789");
        assertEquals(400, failed.at("/response/status").asInt());
        assertEquals("invalid_request_error", failed.at("/response/error/type").asText());
        JsonNode inputOnly = byId(all, "custom_id:request-3");
        assertEquals("Say this is a test", inputOnly.at("/request/prompt").asText());
        assertEquals("batch:batch_input.jsonl", inputOnly.path("account_id").asText());
        assertTrue(inputOnly.at("/source/timestamp_from").asText().contains("modification time"));
    }

    @Test
    void malformedAndUnmappableLinesAreRejectedWithFileAndLine() throws Exception {
        Conversion c = convert(fixture("openai-batch"));
        List<JsonNode> rejected = lines(c.dir().resolve("rejected.jsonl"));
        assertEquals(List.of("source/batch_input.jsonl:4", "source/batch_output.jsonl:4"),
                rejected.stream().map(n -> n.path("file").asText() + ":" + n.path("line").asLong()).sorted().toList());
    }

    @Test
    void anOutputFileAloneImportsToo() throws Exception {
        Path only = tmp.resolve("only");
        Files.createDirectories(only);
        Files.copy(fixture("openai-batch/batch_output.jsonl"), only.resolve("batch_output.jsonl"));
        Conversion c = convert(only);
        assertEquals(List.of("openai-batch"), c.formats());
        assertEquals(2, c.records()); // the two failed lines without a model cannot become records: rejected with their line
        JsonNode r = byId(lines(c.dir().resolve("records/part-00001.jsonl")), "batch_req_123");
        assertEquals("2 + 2 equals 4.", r.at("/response/content").asText());
    }
}
