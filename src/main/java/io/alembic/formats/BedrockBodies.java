package io.alembic.formats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * The model-specific body shapes inside a Bedrock log: Anthropic Messages and Converse (messages with content parts),
 * Titan ({@code inputText} / {@code results}), Llama and older Claude text completions ({@code prompt} /
 * {@code generation} or {@code completion}). Whatever else a body holds becomes request params when scalar or a
 * config object, and always stays in {@code source.original}.
 */
final class BedrockBodies {
    private static final Set<String> BODY_FIELDS = Set.of("messages", "system", "prompt", "inputText");
    /** Config objects whose fields are generation parameters (Converse, Titan). */
    private static final Set<String> CONFIG_OBJECTS = Set.of("inferenceConfig", "textGenerationConfig");

    private BedrockBodies() { }

    static void request(JsonNode body, ObjectNode record) {
        if (body == null || !body.isObject()) return;
        ObjectNode request = record.with("request");
        if (body.path("messages").isArray()) {
            ArrayNode messages = request.putArray("messages");
            String system = Native.joinText(body.get("system"), "text");
            if (system != null) messages.add(Native.message("system", system));
            for (JsonNode m : body.get("messages")) {
                if (!m.isObject()) continue;
                String role = Native.text(m.get("role"));
                messages.add(Native.message(role == null ? "unknown" : role, contentOf(m.get("content"))));
            }
        } else if (body.path("inputText").isTextual()) {
            request.put("prompt", body.get("inputText").asText());
        } else if (body.path("prompt").isTextual()) {
            request.put("prompt", body.get("prompt").asText());
        }
        ObjectNode params = Native.F.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (BODY_FIELDS.contains(e.getKey())) continue;
            if (CONFIG_OBJECTS.contains(e.getKey()) && e.getValue().isObject()) {
                e.getValue().fields().forEachRemaining(c -> { if (c.getValue().isValueNode()) params.set(c.getKey(), c.getValue()); });
            } else if (e.getValue().isValueNode()) {
                params.set(e.getKey(), e.getValue());
            }
        }
        if (!params.isEmpty()) request.set("params", params);
    }

    /** Parts as the native format reads them (text parts joined); a plain string passes; anything else as text of its parts. */
    private static JsonNode contentOf(JsonNode content) {
        if (content == null || content.isTextual()) return content;
        String text = Native.joinText(content, "text");
        return text == null ? null : Native.F.textNode(text);
    }

    static BedrockReader.Usage response(JsonNode body, ObjectNode response) {
        if (body == null || !body.isObject()) return BedrockReader.Usage.NONE;
        if (body.path("content").isArray()) {                       // Anthropic Messages
            put(response, "content", Native.joinText(body.get("content"), "text"));
            put(response, "reasoning", Native.joinText(body.get("content"), "thinking"));
            put(response, "finish_reason", Native.text(body.get("stop_reason")));
            JsonNode u = body.path("usage");
            return new BedrockReader.Usage(Native.count(u.get("input_tokens")), Native.count(u.get("output_tokens")), null);
        }
        if (body.path("output").path("message").isObject()) {      // Converse
            JsonNode parts = body.path("output").path("message").get("content");
            put(response, "content", Native.joinText(parts, "text"));
            put(response, "reasoning", converseReasoning(parts));
            put(response, "finish_reason", Native.text(body.get("stopReason")));
            JsonNode u = body.path("usage");
            return new BedrockReader.Usage(Native.count(u.get("inputTokens")), Native.count(u.get("outputTokens")), null);
        }
        if (body.path("results").isArray()) {                      // Titan text
            JsonNode first = body.path("results").path(0);
            put(response, "content", Native.text(first.get("outputText")));
            put(response, "finish_reason", Native.text(first.get("completionReason")));
            return new BedrockReader.Usage(Native.count(body.get("inputTextTokenCount")), Native.count(first.get("tokenCount")), null);
        }
        if (body.has("generation")) {                              // Llama
            put(response, "content", Native.text(body.get("generation")));
            put(response, "finish_reason", Native.text(body.get("stop_reason")));
            return new BedrockReader.Usage(Native.count(body.get("prompt_token_count")), Native.count(body.get("generation_token_count")), null);
        }
        if (body.has("completion")) {                              // Claude text completions
            put(response, "content", Native.text(body.get("completion")));
            put(response, "finish_reason", Native.text(body.get("stop_reason")));
        }
        return BedrockReader.Usage.NONE;
    }

    private static String converseReasoning(JsonNode parts) {
        if (parts == null || !parts.isArray()) return null;
        StringBuilder sb = new StringBuilder();
        for (JsonNode p : parts) {
            JsonNode t = p.path("reasoningContent").path("reasoningText").get("text");
            if (t != null && t.isTextual()) sb.append(sb.length() > 0 ? "\n" : "").append(t.asText());
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    private static void put(ObjectNode n, String field, String v) {
        if (v != null) n.put(field, v);
    }
}
