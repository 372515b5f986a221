package io.alembic.formats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The format fixtures under src/test/resources/io/alembic/formats, and the converted records read back. */
public final class FormatFixtures {
    private FormatFixtures() { }

    public static Path fixture(String name) {
        try {
            return Path.of(FormatFixtures.class.getResource("/io/alembic/formats/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<JsonNode> lines(Path file) throws IOException {
        ObjectMapper m = new ObjectMapper();
        List<JsonNode> out = new ArrayList<>();
        if (!Files.exists(file)) return out;
        for (String l : Files.readAllLines(file)) if (!l.isBlank()) out.add(m.readTree(l));
        return out;
    }

    static JsonNode byId(List<JsonNode> records, String id) {
        return records.stream().filter(r -> id.equals(r.path("request_id").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no record " + id + " in " + records));
    }
}
