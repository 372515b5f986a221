package io.alembic.formats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;

/**
 * Builds native request lines (docs/bundle-format.md) the same way for every reader: the modelled fields at the top,
 * and under {@code source} the format, file, line and the foreign record itself, so nothing that did not map is lost.
 * Values from the source are treated as hostile: only scalars of the expected type become modelled fields.
 */
final class Native {
    static final JsonNodeFactory F = JsonNodeFactory.instance;

    private Native() { }

    static ObjectNode record(String requestId, String timestamp, String accountId, String model) {
        ObjectNode n = F.objectNode();
        putText(n, "request_id", requestId);
        putText(n, "timestamp", timestamp);
        putText(n, "account_id", accountId);
        putText(n, "model", model);
        return n;
    }

    static ObjectNode source(ObjectNode record, String format, Origin at, JsonNode original) {
        ObjectNode s = record.putObject("source");
        s.put("format", format);
        s.put("file", at.file());
        s.put("line", at.line());
        if (original != null) s.set("original", original);
        return s;
    }

    static ObjectNode message(String role, JsonNode content) {
        ObjectNode m = F.objectNode();
        m.put("role", role);
        if (content != null && (content.isTextual() || content.isArray())) m.set("content", content);
        else if (content != null && !content.isNull()) m.put("content", content.toString());
        return m;
    }

    static ObjectNode message(String role, String content) {
        ObjectNode m = F.objectNode();
        m.put("role", role);
        if (content != null) m.put("content", content);
        return m;
    }

    static ArrayNode messages(ObjectNode record) {
        return record.with("request").withArray("messages");
    }

    static void putText(ObjectNode n, String field, String v) {
        if (v != null && !v.isEmpty()) n.put(field, v);
    }

    /** A scalar as text (numbers too: ids arrive as either); objects and arrays give null. */
    static String text(JsonNode n) {
        return n == null || n.isNull() || n.isContainerNode() || n.isMissingNode() ? null : n.asText();
    }

    /** A count that fits a long, else null (a hostile 40-digit count stays only in the original). */
    static Long count(JsonNode n) {
        if (n == null) return null;
        if (n.isIntegralNumber() && n.canConvertToLong()) return n.asLong();
        if (n.isTextual() && n.asText().matches("-?\\d{1,19}")) {
            try {
                return Long.parseLong(n.asText());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        if (n.isFloatingPointNumber() && Double.isFinite(n.asDouble()) && Math.abs(n.asDouble()) < 9e18) return (long) n.asDouble();
        return null;
    }

    static void usage(ObjectNode record, Long in, Long out, Long reasoning) {
        if (in == null && out == null && reasoning == null) return;
        ObjectNode u = record.putObject("usage");
        if (in != null) u.put("input_tokens", in);
        if (out != null) u.put("output_tokens", out);
        if (reasoning != null) u.put("reasoning_tokens", reasoning);
    }

    static String epochNanos(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L)).toString();
    }

    static String epochMillis(long ms) { return Instant.ofEpochMilli(ms).toString(); }

    /** Joins the text of content parts under any of the given keys ({@code text}, {@code content}); strings pass. */
    static String joinText(JsonNode content, String... keys) {
        if (content == null || content.isNull()) return null;
        if (content.isTextual()) return content.asText();
        if (!content.isArray()) return null;
        StringBuilder sb = new StringBuilder();
        for (JsonNode part : content) {
            String t = null;
            if (part.isTextual()) t = part.asText();
            else for (String k : keys) if (part.path(k).isTextual()) { t = part.path(k).asText(); break; }
            if (t == null) continue;
            if (sb.length() > 0) sb.append('\n');
            sb.append(t);
        }
        return sb.length() == 0 ? null : sb.toString();
    }
}
