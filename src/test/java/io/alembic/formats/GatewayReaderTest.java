package io.alembic.formats;

import com.fasterxml.jackson.databind.JsonNode;
import io.alembic.bundle.BundleFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.alembic.formats.FormatFixtures.byId;
import static io.alembic.formats.FormatFixtures.fixture;
import static io.alembic.formats.FormatFixtures.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** CSV (RFC 4180, https://www.rfc-editor.org/rfc/rfc4180) and JSONL gateway logs read through a JSON mapping. */
class GatewayReaderTest {
    @TempDir Path tmp;

    @Test
    void csvRowsMapThroughTheMappingAndKeepUnmappedColumns() throws Exception {
        Conversion c = Converter.convert(fixture("gateway/gateway.csv"), tmp.resolve("out"),
                new ConvertOptions(null, GatewayMapping.read(fixture("gateway/mapping.json"))));
        List<JsonNode> all = lines(c.dir().resolve("records/part-00001.jsonl"));
        assertEquals(2, all.size());
        JsonNode first = byId(all, "source/gateway.csv:2");
        assertEquals("cust-1", first.path("account_id").asText());
        assertEquals("key-aaa", first.path("api_key_id").asText());
        assertEquals("198.51.100.4", first.at("/client/ip").asText());
        assertEquals("Explain recursion, with an example.", first.at("/request/prompt").asText());
        assertEquals("blue", first.at("/source/original/route_tag").asText());
        assertTrue(byId(all, "source/gateway.csv:4").at("/request/prompt").asText().contains("\n"), "quoted newlines stay in the value");
        List<JsonNode> rejected = lines(c.dir().resolve("rejected.jsonl"));
        assertEquals(2, rejected.size(), rejected.toString()); // short row, bad timestamp
    }

    @Test
    void jsonlUsesDottedPathsAndEpochTimes() throws Exception {
        Conversion c = Converter.convert(fixture("gateway/gateway.jsonl"), tmp.resolve("out"),
                new ConvertOptions(null, GatewayMapping.read(fixture("gateway/mapping-jsonl.json"))));
        JsonNode r = lines(c.dir().resolve("records/part-00001.jsonl")).get(0);
        assertEquals("cust-9", r.path("account_id").asText());
        assertEquals("k-9", r.path("api_key_id").asText());
        assertEquals("2026-01-20T10:00:00Z", r.path("timestamp").asText());
        assertEquals(2, c.rejected());
    }

    @Test
    void aMappingWithoutARequiredColumnOrInYamlIsRefused() throws Exception {
        Path bad = tmp.resolve("m.json");
        Files.writeString(bad, "{\"format\":\"csv\",\"columns\":{\"timestamp\":\"ts\"}}");
        assertTrue(assertThrows(BundleFormatException.class, () -> GatewayMapping.read(bad)).getMessage().contains("required field"));
        Path yaml = tmp.resolve("m.yaml");
        Files.writeString(yaml, "format: csv\ncolumns:\n  timestamp: ts\n");
        assertTrue(assertThrows(BundleFormatException.class, () -> GatewayMapping.read(yaml)).getMessage().contains("YAML is not supported"));
    }
}
