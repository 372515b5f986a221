package io.alembic.formats;

import com.fasterxml.jackson.databind.JsonNode;
import io.alembic.bundle.BundleFormatException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Which column (CSV header) or field (JSONL, dotted path) of a gateway log holds each native field. JSON only: the
 * one YAML library in reach sits on the test classpath, not in the shipped jar, and a mapping is six lines of JSON.
 * <pre>{"format": "csv", "columns": {"timestamp": "ts", "account_id": "user", "model": "model", "prompt": "prompt",
 *  "response": "completion", "api_key_id": "key", "ip": "client_ip"}, "timestamp_format": "rfc3339"}</pre>
 */
public record GatewayMapping(String format, Map<String, String> columns, String timestampFormat, char delimiter) {
    public static final Set<String> FIELDS = Set.of("request_id", "timestamp", "account_id", "org_id", "api_key_id", "endpoint", "model",
            "ip", "user_agent", "router", "country", "prompt", "system", "response", "status", "finish_reason",
            "input_tokens", "output_tokens", "reasoning_tokens", "latency_ms");
    public static final Set<String> REQUIRED = Set.of("timestamp", "account_id", "model", "prompt");
    public static final Set<String> TIME_FORMATS = Set.of("rfc3339", "epoch_s", "epoch_ms");

    public GatewayMapping {
        if (!"csv".equals(format) && !"jsonl".equals(format)) throw new BundleFormatException("mapping: format must be \"csv\" or \"jsonl\", not " + quote(format));
        for (String f : columns.keySet()) if (!FIELDS.contains(f)) throw new BundleFormatException("mapping: unknown field \"" + f + "\"; known: " + String.join(", ", new java.util.TreeSet<>(FIELDS)));
        for (String f : REQUIRED) if (columns.get(f) == null || columns.get(f).isBlank()) throw new BundleFormatException("mapping: no column for required field \"" + f + "\"");
        if (!TIME_FORMATS.contains(timestampFormat)) throw new BundleFormatException("mapping: timestamp_format must be one of " + TIME_FORMATS + ", not " + quote(timestampFormat));
        columns = Map.copyOf(columns);
    }

    public static GatewayMapping read(Path file) throws IOException {
        JsonNode n;
        try {
            n = JsonLines.MAPPER.readTree(Files.readAllBytes(file));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new BundleFormatException(file + ": not a JSON mapping (" + JsonLines.firstLine(e.getOriginalMessage()) + "); YAML is not supported");
        }
        return parse(n, file.toString());
    }

    /** A mapping from its JSON text (as {@link #toJson()} writes it, or as an analyst wrote the file). */
    public static GatewayMapping fromJson(String json, String where) {
        try {
            return parse(JsonLines.MAPPER.readTree(json), where);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new BundleFormatException(where + ": not a JSON mapping (" + JsonLines.firstLine(e.getOriginalMessage()) + ")");
        }
    }

    public static GatewayMapping parse(JsonNode n, String where) {
        if (n == null || !n.isObject() || !n.path("columns").isObject()) throw new BundleFormatException(where + ": a mapping is a JSON object with a \"columns\" object");
        Map<String, String> columns = new LinkedHashMap<>();
        n.get("columns").fields().forEachRemaining(e -> { if (e.getValue().isTextual()) columns.put(e.getKey(), e.getValue().asText()); });
        String delim = n.path("delimiter").asText(",");
        if (delim.length() != 1) throw new BundleFormatException(where + ": delimiter must be one character");
        try {
            return new GatewayMapping(n.path("format").asText("csv"), columns, n.path("timestamp_format").asText("rfc3339"), delim.charAt(0));
        } catch (BundleFormatException e) {
            throw new BundleFormatException(where + ": " + e.getMessage());
        }
    }

    /** The mapping as JSON, for a case to remember. */
    public String toJson() { return toNode().toPrettyString(); }

    /** The mapping as a JSON object, for an audit entry (which holds objects, not strings of JSON). */
    public com.fasterxml.jackson.databind.node.ObjectNode toNode() {
        var n = Native.F.objectNode();
        n.put("format", format);
        var c = n.putObject("columns");
        new java.util.TreeMap<>(columns).forEach(c::put);
        n.put("timestamp_format", timestampFormat);
        n.put("delimiter", String.valueOf(delimiter));
        return n;
    }

    private static String quote(String s) { return s == null ? "missing" : "\"" + RecordSinkText.clip(s) + "\""; }
}
