package io.alembic.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/** Test helper: reads a generated bundle back. */
final class BundleFiles {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private BundleFiles() {}

    static JsonNode json(Path p) throws IOException {
        return MAPPER.readTree(p.toFile());
    }

    static List<String> lines(Path file) throws IOException {
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> out = new ArrayList<>();
            for (String l; (l = r.readLine()) != null; ) out.add(l);
            return out;
        }
    }

    /** Request files in manifest order, path -> lines. */
    static Map<String, List<String>> requestLines(Path bundle) throws IOException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (JsonNode f : json(bundle.resolve("manifest.json")).get("files")) {
            if (f.get("kind").asText().equals("requests")) {
                String path = f.get("path").asText();
                out.put(path, lines(bundle.resolve(path)));
            }
        }
        return out;
    }

    /** Every regular file under dir, relative path -> bytes, in sorted order. */
    static Map<String, byte[]> allFiles(Path dir) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList())
                out.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
        }
        return out;
    }

    static JsonNode tryParse(String line) {
        try {
            return MAPPER.readTree(line);
        } catch (IOException e) {
            return null;
        }
    }
}
