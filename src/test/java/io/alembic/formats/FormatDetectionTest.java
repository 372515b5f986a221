package io.alembic.formats;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.alembic.formats.FormatFixtures.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Auto-detection picks the right reader for every fixture, and refuses a layout nobody knows with what was tried. */
class FormatDetectionTest {
    @TempDir Path tmp;

    private Conversion convert(String fixture, ConvertOptions options) throws Exception {
        return Converter.convert(fixture(fixture), tmp.resolve("out-" + fixture.replace('/', '_')), options);
    }

    @Test
    void everyFixtureIsDetectedAsItsFormat() throws Exception {
        assertEquals(List.of("bedrock"), convert("bedrock/invocations.json", ConvertOptions.DETECT).formats());
        assertEquals(List.of("openai-batch"), convert("openai-batch", ConvertOptions.DETECT).formats());
        assertEquals(List.of("otel"), convert("otel", ConvertOptions.DETECT).formats());
        assertEquals(List.of("native"), convert("loose", ConvertOptions.DETECT).formats());
        GatewayMapping csv = GatewayMapping.read(fixture("gateway/mapping.json"));
        assertEquals(List.of("gateway"), convert("gateway/gateway.csv", new ConvertOptions(null, csv)).formats());
        GatewayMapping jsonl = GatewayMapping.read(fixture("gateway/mapping-jsonl.json"));
        assertEquals(List.of("gateway"), convert("gateway/gateway.jsonl", new ConvertOptions(null, jsonl)).formats());
    }

    @Test
    void anUnknownLayoutIsRefusedNamingEveryReaderTried() {
        UnknownFormatException e = assertThrows(UnknownFormatException.class, () -> convert("unknown", ConvertOptions.DETECT));
        for (String name : FormatRegistry.names()) assertTrue(e.getMessage().contains(name + " ("), e.getMessage());
        assertTrue(e.getMessage().contains("notes.txt"), e.getMessage());
        assertTrue(e.getMessage().contains("--mapping"), e.getMessage());
    }

    @Test
    void gatewayLogsAreNotGuessedWithoutAMapping() {
        assertThrows(UnknownFormatException.class, () -> convert("gateway/gateway.csv", ConvertOptions.DETECT));
    }

    @Test
    void anUnknownForcedFormatListsTheKnownOnes() {
        UnknownFormatException e = assertThrows(UnknownFormatException.class, () -> convert("bedrock/invocations.json", new ConvertOptions("splunk", null)));
        assertTrue(e.getMessage().contains("bedrock, openai-batch, otel"), e.getMessage());
    }

    @Test
    void aForcedFormatReadsEveryFileAsThatFormat() throws Exception {
        Conversion c = convert("unknown", new ConvertOptions("bedrock", null));
        assertEquals(0, c.records());
        assertEquals(2, c.rejected()); // both lines of the notes refused, by file and line
    }

    @Test
    void theManifestSaysNoExporterVouchedAndHashesEveryFile() throws Exception {
        Conversion c = convert("openai-batch", ConvertOptions.DETECT);
        JsonNode m = new com.fasterxml.jackson.databind.ObjectMapper().readTree(c.dir().resolve("manifest.json").toFile());
        assertEquals("openai-batch", m.path("conversion").path("from_format").asText());
        assertEquals(false, m.path("conversion").path("exporter_manifest").asBoolean(true));
        for (JsonNode f : m.path("files")) {
            assertEquals(io.alembic.bundle.Sha256.of(c.dir().resolve(f.path("path").asText())), f.path("sha256").asText());
        }
        assertTrue(Files.isRegularFile(c.dir().resolve("source/batch_input.jsonl")));
    }

    @Test
    void theSameFilesGiveTheSameBundle() throws Exception {
        Conversion a = Converter.convert(fixture("bedrock"), tmp.resolve("a"), ConvertOptions.DETECT);
        Conversion b = Converter.convert(fixture("bedrock"), tmp.resolve("b"), ConvertOptions.DETECT);
        assertEquals(a.bundleId(), b.bundleId());
        assertEquals(Files.readString(a.dir().resolve("manifest.json")), Files.readString(b.dir().resolve("manifest.json")));
    }
}
