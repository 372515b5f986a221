package io.alembic.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Parses and checks manifest.json; every problem names the manifest and what is wrong with it. */
public final class ManifestReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ManifestReader() { }

    public static Manifest parse(byte[] bytes, String where) {
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes);
        } catch (IOException e) {
            throw new BundleFormatException(where + ": not valid JSON: " + firstLine(e.getMessage()));
        }
        if (root == null || !root.isObject()) throw new BundleFormatException(where + ": not a JSON object");
        String format = text(root, "bundle_format");
        if (!"llm-api-log-bundle".equals(format)) {
            throw new BundleFormatException(where + ": bundle_format is " + quote(format) + ", expected \"llm-api-log-bundle\"");
        }
        int version = root.path("format_version").asInt(-1);
        if (version != 1) {
            throw new BundleFormatException(where + ": format_version " + root.path("format_version") + " is not supported (only 1)");
        }
        String bundleId = text(root, "bundle_id");
        if (bundleId == null || bundleId.isBlank()) throw new BundleFormatException(where + ": bundle_id is missing");
        JsonNode filesNode = root.path("files");
        if (!filesNode.isArray()) throw new BundleFormatException(where + ": files is missing or not an array");
        List<ManifestFile> files = new ArrayList<>();
        int i = 0;
        for (JsonNode f : filesNode) {
            String path = text(f, "path");
            if (path == null) throw new BundleFormatException(where + ": files[" + i + "] has no path");
            if (BundlePaths.isUnsafe(path)) throw new BundleVerificationException(where + ": files[" + i + "] path " + quote(path) + " is absolute or climbs out with ..");
            String sha = text(f, "sha256");
            if (sha == null || !sha.matches("[0-9a-fA-F]{64}")) {
                throw new BundleFormatException(where + ": files[" + i + "] (" + path + ") has no valid sha256");
            }
            files.add(new ManifestFile(BundlePaths.normalize(path), f.path("kind").asText("requests"),
                    sha.toLowerCase(), f.path("bytes").asLong(-1), f.path("records").asLong(-1)));
            i++;
        }
        return new Manifest(bundleId, version, text(root, "provider"), text(root, "exported_at"), text(root, "exported_by"),
                text(root, "case_reference"), List.copyOf(files), new String(bytes, StandardCharsets.UTF_8), convertedFrom(root));
    }

    /** A converted bundle says so in its own manifest; a missing or odd block still marks it as not vouched for. */
    private static String convertedFrom(JsonNode root) {
        JsonNode c = root.get("conversion");
        if (c == null || c.isNull()) return null;
        String f = c.path("from_format").asText("");
        return f.isBlank() ? "unknown" : f;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String quote(String s) { return s == null ? "missing" : "\"" + s + "\""; }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
