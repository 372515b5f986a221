package io.alembic.formats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Map;

/**
 * Prompt and completion text of a GenAI span under any of the conventions instrumentations write: the newer
 * attributes (messages with typed parts), the older span events, and OpenLLMetry's indexed attributes. The first
 * convention that yields messages wins, so a span that carries two (during a migration) is not doubled.
 */
final class OtelContent {
    private OtelContent() { }

    static void read(Map<String, JsonNode> a, JsonNode events, ArrayNode messages, ObjectNode response) {
        if (newer(a, messages, response)) return;
        if (olderEvents(events, messages, response)) return;
        indexed(a, messages, response);
    }

    /** gen_ai.system_instructions, gen_ai.input.messages, gen_ai.output.messages: parts {type, content}. */
    private static boolean newer(Map<String, JsonNode> a, ArrayNode messages, ObjectNode response) {
        JsonNode in = OtelAttributes.structured(a.get("gen_ai.input.messages"));
        JsonNode out = OtelAttributes.structured(a.get("gen_ai.output.messages"));
        if (in == null && out == null) return false;
        String system = Native.joinText(OtelAttributes.structured(a.get("gen_ai.system_instructions")), "content", "text");
        if (system != null) messages.add(Native.message("system", system));
        if (in != null && in.isArray()) {
            for (JsonNode m : in) {
                if (!m.isObject()) continue;
                String role = Native.text(m.get("role"));
                messages.add(Native.message(role == null ? "unknown" : role, partsText(m)));
            }
        }
        if (out != null && out.isArray()) {
            StringBuilder text = new StringBuilder(), reasoning = new StringBuilder();
            for (JsonNode m : out) {
                for (JsonNode p : m.path("parts")) {
                    String kind = p.path("type").asText("text");
                    String c = Native.text(p.get("content"));
                    if (c == null) continue;
                    StringBuilder into = kind.equals("reasoning") ? reasoning : kind.equals("text") ? text : null;
                    if (into != null) into.append(into.length() > 0 ? "\n" : "").append(c);
                }
                String finish = Native.text(m.get("finish_reason"));
                if (finish != null && !response.has("finish_reason")) response.put("finish_reason", finish);
            }
            if (text.length() > 0) response.put("content", text.toString());
            if (reasoning.length() > 0) response.put("reasoning", reasoning.toString());
        }
        return true;
    }

    private static String partsText(JsonNode m) {
        if (m.has("parts")) {
            StringBuilder sb = new StringBuilder();
            for (JsonNode p : m.get("parts")) {
                if (!p.path("type").asText("text").equals("text")) continue;
                String c = Native.text(p.get("content"));
                if (c != null) sb.append(sb.length() > 0 ? "\n" : "").append(c);
            }
            return sb.length() == 0 ? null : sb.toString();
        }
        return Native.joinText(m.get("content"), "text", "content");
    }

    /** Span events of the older conventions: gen_ai.content.prompt/completion, or one event per message. */
    private static boolean olderEvents(JsonNode events, ArrayNode messages, ObjectNode response) {
        boolean found = false;
        StringBuilder completion = new StringBuilder();
        for (JsonNode e : events) {
            String name = e.path("name").asText();
            Map<String, JsonNode> ea = OtelAttributes.of(e.get("attributes"));
            switch (name) {
                case "gen_ai.content.prompt" -> {
                    found = true;
                    addMessages(OtelAttributes.structured(ea.get("gen_ai.prompt")), "user", messages);
                }
                case "gen_ai.content.completion" -> {
                    found = true;
                    JsonNode c = OtelAttributes.structured(ea.get("gen_ai.completion"));
                    if (c != null && c.isArray()) for (JsonNode m : c) append(completion, Native.joinText(m.isObject() ? m.get("content") : m, "text"));
                    else append(completion, Native.text(c));
                }
                case "gen_ai.system.message", "gen_ai.user.message", "gen_ai.assistant.message", "gen_ai.tool.message" -> {
                    found = true;
                    String role = name.substring("gen_ai.".length(), name.length() - ".message".length());
                    messages.add(Native.message(role, Native.joinText(OtelAttributes.structured(ea.get("content")), "text")));
                }
                case "gen_ai.choice" -> {
                    found = true;
                    JsonNode m = OtelAttributes.structured(ea.get("message"));
                    append(completion, m != null && m.isObject() ? Native.joinText(m.get("content"), "text") : Native.text(ea.get("content")));
                    String finish = Native.text(ea.get("finish_reason"));
                    if (finish != null && !response.has("finish_reason")) response.put("finish_reason", finish);
                }
                default -> { }
            }
        }
        if (completion.length() > 0) response.put("content", completion.toString());
        return found;
    }

    /** OpenLLMetry's gen_ai.prompt.N.role / .content and gen_ai.completion.N.content. */
    private static void indexed(Map<String, JsonNode> a, ArrayNode messages, ObjectNode response) {
        for (int i = 0; a.containsKey("gen_ai.prompt." + i + ".content") || a.containsKey("gen_ai.prompt." + i + ".role"); i++) {
            String role = OtelAttributes.text(a, "gen_ai.prompt." + i + ".role");
            messages.add(Native.message(role == null ? "user" : role, Native.text(a.get("gen_ai.prompt." + i + ".content"))));
        }
        StringBuilder completion = new StringBuilder();
        for (int i = 0; a.containsKey("gen_ai.completion." + i + ".content"); i++) append(completion, Native.text(a.get("gen_ai.completion." + i + ".content")));
        if (completion.length() > 0) response.put("content", completion.toString());
        String finish = OtelAttributes.text(a, "gen_ai.completion.0.finish_reason");
        if (finish != null && !response.has("finish_reason")) response.put("finish_reason", finish);
    }

    private static void addMessages(JsonNode prompt, String defaultRole, ArrayNode messages) {
        if (prompt == null) return;
        if (prompt.isArray()) {
            for (JsonNode m : prompt) {
                if (m.isObject()) {
                    String role = Native.text(m.get("role"));
                    messages.add(Native.message(role == null ? defaultRole : role, Native.joinText(m.get("content"), "text")));
                } else if (m.isTextual()) {
                    messages.add(Native.message(defaultRole, m.asText()));
                }
            }
        } else {
            messages.add(Native.message(defaultRole, Native.text(prompt)));
        }
    }

    private static void append(StringBuilder sb, String s) {
        if (s == null) return;
        if (sb.length() > 0) sb.append('\n');
        sb.append(s);
    }
}
