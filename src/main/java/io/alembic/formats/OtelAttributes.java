package io.alembic.formats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * OTLP/JSON attribute lists ({@code [{"key", "value": {"stringValue" | "intValue" | ...}}]}) as plain JSON values.
 * OTLP/JSON writes 64-bit integers as strings; both forms are read. A repeated key keeps its first value.
 */
final class OtelAttributes {
    private OtelAttributes() { }

    static Map<String, JsonNode> of(JsonNode list) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        if (list == null || !list.isArray()) return out;
        for (JsonNode kv : list) {
            String key = Native.text(kv.get("key"));
            if (key != null && !out.containsKey(key)) out.put(key, value(kv.get("value")));
        }
        return out;
    }

    static JsonNode value(JsonNode any) {
        if (any == null || !any.isObject()) return Native.F.nullNode();
        if (any.has("stringValue")) return any.get("stringValue");
        if (any.has("intValue")) {
            Long v = Native.count(any.get("intValue"));
            return v == null ? any.get("intValue") : Native.F.numberNode(v);
        }
        if (any.has("doubleValue")) return any.get("doubleValue");
        if (any.has("boolValue")) return any.get("boolValue");
        if (any.has("arrayValue")) {
            ArrayNode a = Native.F.arrayNode();
            for (JsonNode v : any.path("arrayValue").path("values")) a.add(value(v));
            return a;
        }
        if (any.has("kvlistValue")) {
            ObjectNode o = Native.F.objectNode();
            of(any.path("kvlistValue").get("values")).forEach(o::set);
            return o;
        }
        if (any.has("bytesValue")) return any.get("bytesValue");
        return Native.F.nullNode();
    }

    static String text(Map<String, JsonNode> attrs, String... keys) {
        for (String k : keys) {
            String v = Native.text(attrs.get(k));
            if (v != null && !v.isBlank()) return v;
        }
        return null;
    }

    /** A JSON-valued attribute: structured, or (as the conventions allow on spans) a JSON string. */
    static JsonNode structured(JsonNode v) {
        if (v == null || v.isNull()) return null;
        if (!v.isTextual()) return v;
        String s = v.asText().trim();
        if (!s.startsWith("[") && !s.startsWith("{")) return v;
        try {
            return JsonLines.MAPPER.readTree(s);
        } catch (java.io.IOException e) {
            return v; // not JSON after all: keep it as the text it is
        }
    }
}
