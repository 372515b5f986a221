package io.alembic.testutil;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.alembic.bundle.Sha256;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes small hand-made bundles (format v1) for importer and search tests, with a correct manifest. */
public final class TestBundle {
    private static final ObjectMapper M = new ObjectMapper();

    private final String bundleId;
    private final Map<String, List<String>> files = new LinkedHashMap<>();
    private final Map<String, String> kinds = new LinkedHashMap<>();

    public TestBundle(String bundleId) { this.bundleId = bundleId; }

    public TestBundle requests(String path, List<String> lines) {
        files.put(path, lines);
        kinds.put(path, "requests");
        return this;
    }

    public TestBundle accounts(String path, List<String> lines) {
        files.put(path, lines);
        kinds.put(path, "accounts");
        return this;
    }

    /** Writes the bundle folder {@code dir} and returns it. */
    public Path writeTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        ObjectNode manifest = M.createObjectNode();
        manifest.put("bundle_format", "llm-api-log-bundle");
        manifest.put("format_version", 1);
        manifest.put("bundle_id", bundleId);
        manifest.put("provider", "Test AI");
        manifest.put("exported_at", "2026-02-10T12:00:00Z");
        ArrayNode list = manifest.putArray("files");
        for (Map.Entry<String, List<String>> e : files.entrySet()) {
            Path p = dir.resolve(e.getKey());
            Files.createDirectories(p.getParent() == null ? dir : p.getParent());
            byte[] body = (String.join("\n", e.getValue()) + "\n").getBytes(StandardCharsets.UTF_8);
            if (e.getKey().endsWith(".gz")) {
                try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p))) {
                    out.write(body);
                }
            } else {
                Files.write(p, body);
            }
            ObjectNode f = list.addObject();
            f.put("path", e.getKey());
            f.put("kind", kinds.get(e.getKey()));
            f.put("sha256", Sha256.of(p));
            f.put("bytes", Files.size(p));
            f.put("records", e.getValue().size());
        }
        Files.writeString(dir.resolve("manifest.json"), M.writerWithDefaultPrettyPrinter().writeValueAsString(manifest));
        return dir;
    }

    /** Makes the manifest entry of {@code path} match the file as it is now (a part rewritten after writeTo). */
    public static void rehash(Path bundleDir, String path) throws IOException {
        Path m = bundleDir.resolve("manifest.json");
        ObjectNode root = (ObjectNode) M.readTree(m.toFile());
        for (var f : root.get("files")) {
            if (!f.get("path").asText().equals(path)) continue;
            Path p = bundleDir.resolve(path);
            ((ObjectNode) f).put("sha256", Sha256.of(p)).put("bytes", Files.size(p));
        }
        M.writerWithDefaultPrettyPrinter().writeValue(m.toFile(), root);
    }

    /** Zips a bundle folder (entries relative to it) into {@code zip}. */
    public static Path zip(Path bundleDir, Path zip) throws IOException {
        List<Path> all = new ArrayList<>();
        try (var s = Files.walk(bundleDir)) {
            s.filter(Files::isRegularFile).sorted().forEach(all::add);
        }
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (Path p : all) {
                out.putNextEntry(new ZipEntry(bundleDir.relativize(p).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(p));
                out.closeEntry();
            }
        }
        return zip;
    }

    /** A valid chat request line. */
    public static String request(String id, String ts, String account, String model, String userText) {
        return request(id, ts, account, model, userText, Map.of());
    }

    public static String request(String id, String ts, String account, String model, String userText, Map<String, Object> extra) {
        ObjectNode n = M.createObjectNode();
        n.put("request_id", id);
        n.put("timestamp", ts);
        n.put("account_id", account);
        n.put("api_key_id", "key_" + account);
        n.put("endpoint", "/v1/chat/completions");
        n.put("model", model);
        ObjectNode client = n.putObject("client");
        client.put("ip", "203.0.113." + (Math.abs(account.hashCode()) % 200));
        client.put("asn", 64500);
        client.put("country", "SG");
        client.put("user_agent", "python-httpx/0.27.0");
        ObjectNode req = n.putObject("request");
        ArrayNode msgs = req.putArray("messages");
        msgs.addObject().put("role", "system").put("content", "You are a helpful assistant.");
        msgs.addObject().put("role", "user").put("content", userText);
        ObjectNode resp = n.putObject("response");
        resp.put("status", 200);
        resp.put("content", "Answer to: " + userText);
        resp.put("reasoning", "First, think about " + userText);
        ObjectNode usage = n.putObject("usage");
        usage.put("input_tokens", 10);
        usage.put("output_tokens", 20);
        usage.put("reasoning_tokens", 5);
        extra.forEach((k, v) -> n.set(k, M.valueToTree(v)));
        try {
            return M.writeValueAsString(n);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
