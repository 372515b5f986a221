package io.alembic.formats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * OpenAI Batch API files: input lines ({@code custom_id, method, url, body}) and output or error lines
 * ({@code id, custom_id, response: {status_code, request_id, body}, error}), joined by {@code custom_id} when both
 * are given; either alone imports too. The files do not say who submitted the batch, so the account is the body's
 * {@code user} or {@code safety_identifier} when the caller set one, else the batch file's name. Output lines are
 * held in memory by custom_id until their input is read (a batch file holds at most 50,000 requests).
 */
final class OpenAiBatchReader implements FormatReader {
    static final String NAME = "openai-batch";
    private static final Set<String> BODY_FIELDS = Set.of("model", "messages", "prompt", "input", "instructions", "user", "safety_identifier");

    @Override public String name() { return NAME; }

    @Override public String looksFor() { return "JSON lines with custom_id and method/url/body (batch input) or response/error (batch output)"; }

    @Override
    public boolean recognises(SourceFile f) throws IOException {
        return JsonLines.anyHeadObject(f, 5, n -> n.has("custom_id") && (isInput(n) || isOutput(n)));
    }

    private static boolean isInput(JsonNode n) { return n.has("body") && (n.has("url") || n.has("method")); }

    private static boolean isOutput(JsonNode n) { return n.has("response") || n.has("error"); }

    private record Line(JsonNode node, Origin at, SourceFile file) {}

    @Override
    public void convert(List<SourceFile> files, RecordSink out) throws IOException {
        Map<String, Line> outputs = new LinkedHashMap<>();
        List<SourceFile> inputs = new java.util.ArrayList<>();
        for (SourceFile f : files) {
            if (JsonLines.anyHeadObject(f, 5, n -> isOutput(n) && !isInput(n))) {
                JsonLines.each(f, out, (n, raw, at) -> {
                    String id = Native.text(n.get("custom_id"));
                    if (id == null) out.reject(at, "batch output line without custom_id", raw);
                    else if (outputs.putIfAbsent(id, new Line(n, at, f)) != null) out.reject(at, "custom_id " + RecordSinkText.clip(id) + " repeats an earlier output line", raw);
                });
            } else {
                inputs.add(f);
            }
        }
        for (SourceFile f : inputs) {
            JsonLines.each(f, out, (n, raw, at) -> {
                String id = Native.text(n.get("custom_id"));
                if (id == null || !n.path("body").isObject()) {
                    out.reject(at, id == null ? "batch input line without custom_id" : "batch input line without a body object", raw);
                    return;
                }
                convert(new Line(n, at, f), outputs.remove(id), out);
            });
        }
        for (Line o : outputs.values()) convert(null, o, out);
    }

    private void convert(Line input, Line output, RecordSink out) throws IOException {
        JsonNode in = input == null ? null : input.node();
        JsonNode o = output == null ? null : output.node();
        JsonNode body = in == null ? Native.F.objectNode() : in.get("body");
        JsonNode resp = o == null ? null : o.get("response");
        JsonNode rbody = resp == null ? null : resp.get("body");
        Origin at = input != null ? input.at() : output.at();
        SourceFile file = input != null ? input.file() : output.file();
        String customId = Native.text((in != null ? in : o).get("custom_id"));
        String requestId = o != null && Native.text(o.get("id")) != null ? Native.text(o.get("id")) : "custom_id:" + customId;
        String account = firstText(body.get("user"), body.get("safety_identifier"));
        String model = firstText(body.get("model"), rbody == null ? null : rbody.get("model"));
        Long created = rbody == null ? null : Native.count(rbody.has("created") ? rbody.get("created") : rbody.get("created_at"));
        String timestamp = created != null ? Native.epochMillis(created * 1000) : Native.epochMillis(file.modifiedMs());
        ObjectNode r = Native.record(requestId, timestamp, account != null ? account : "batch:" + file.name(), model);
        Native.putText(r, "endpoint", Native.text(in != null ? in.get("url") : null));
        ObjectNode source = Native.source(r, NAME, at, null);
        source.put("custom_id", customId);
        if (input != null) source.set("input", in);
        if (output != null) {
            source.put("output_file", output.at().file());
            source.put("output_line", output.at().line());
            source.set("output", o);
        }
        if (created == null) source.put("timestamp_from", "file modification time: the batch line carries no time");
        if (account == null) source.put("account_from", "batch file name: the batch files do not say who submitted them");
        request(body, r);
        response(o, resp, rbody, r);
        out.request(r, at);
    }

    private static void request(JsonNode body, ObjectNode r) {
        ObjectNode request = r.putObject("request");
        ArrayNode messages = null;
        String instructions = Native.text(body.get("instructions"));
        if (body.path("messages").isArray() || body.path("input").isArray() || instructions != null) {
            messages = request.putArray("messages");
            if (instructions != null) messages.add(Native.message("system", instructions));
        }
        JsonNode list = body.path("messages").isArray() ? body.get("messages") : body.path("input").isArray() ? body.get("input") : null;
        if (list != null) {
            for (JsonNode m : list) {
                if (!m.isObject()) continue;
                String role = Native.text(m.get("role"));
                JsonNode c = m.get("content");
                messages.add(Native.message(role == null ? "unknown" : role, c == null || c.isTextual() ? c
                        : Native.F.textNode(String.valueOf(Native.joinText(c, "text")))));
            }
        } else if (messages == null || body.has("prompt") || body.path("input").isTextual()) {
            String prompt = body.path("prompt").isArray() ? Native.joinText(body.get("prompt"))
                    : firstText(body.get("prompt"), body.path("input").isTextual() ? body.get("input") : null);
            if (prompt != null && messages != null) messages.add(Native.message("user", prompt));
            else if (prompt != null) request.put("prompt", prompt);
            else if (messages == null) request.putArray("messages"); // output only: the request body was not given
        }
        ObjectNode params = Native.F.objectNode();
        body.fields().forEachRemaining(e -> { if (!BODY_FIELDS.contains(e.getKey()) && e.getValue().isValueNode()) params.set(e.getKey(), e.getValue()); });
        if (!params.isEmpty()) request.set("params", params);
    }

    private static void response(JsonNode o, JsonNode resp, JsonNode rbody, ObjectNode r) {
        if (o == null) return;
        ObjectNode response = r.putObject("response");
        Long status = resp == null ? null : Native.count(resp.get("status_code"));
        if (status != null && status == status.intValue()) response.put("status", status.intValue());
        JsonNode err = rbody != null && rbody.path("error").isObject() ? rbody.get("error") : o.path("error").isObject() ? o.get("error") : null;
        if (err != null) {
            response.putObject("error").put("type", firstText(err.get("type"), err.get("code"))).put("message", Native.text(err.get("message")));
        }
        if (rbody == null || !rbody.isObject()) return;
        JsonNode choice = rbody.path("choices").path(0);
        JsonNode usage = rbody.path("usage");
        if (!choice.isMissingNode()) {                                   // chat completions and completions
            JsonNode msg = choice.path("message");
            String content = msg.isObject() ? Native.joinText(msg.get("content"), "text") : Native.text(choice.get("text"));
            if (content != null) response.put("content", content);
            String reasoning = Native.text(msg.get("reasoning_content"));
            if (reasoning != null) response.put("reasoning", reasoning);
            Native.putText(response, "finish_reason", Native.text(choice.get("finish_reason")));
            Native.usage(r, Native.count(usage.get("prompt_tokens")), Native.count(usage.get("completion_tokens")),
                    Native.count(usage.path("completion_tokens_details").get("reasoning_tokens")));
        } else if (rbody.path("output").isArray()) {                      // responses API
            StringBuilder text = new StringBuilder(), reasoning = new StringBuilder();
            for (JsonNode item : rbody.get("output")) {
                String kind = item.path("type").asText();
                if (kind.equals("message")) append(text, Native.joinText(item.get("content"), "text"));
                else if (kind.equals("reasoning")) append(reasoning, Native.joinText(item.get("summary"), "text"));
            }
            if (text.length() > 0) response.put("content", text.toString());
            if (reasoning.length() > 0) response.put("reasoning", reasoning.toString());
            Native.putText(response, "finish_reason", Native.text(rbody.get("status")));
            Native.usage(r, Native.count(usage.get("input_tokens")), Native.count(usage.get("output_tokens")),
                    Native.count(usage.path("output_tokens_details").get("reasoning_tokens")));
        } else if (usage.isObject()) {                                    // embeddings
            Native.usage(r, Native.count(usage.get("prompt_tokens")), null, null);
        }
    }

    private static void append(StringBuilder sb, String s) {
        if (s == null) return;
        if (sb.length() > 0) sb.append('\n');
        sb.append(s);
    }

    private static String firstText(JsonNode... nodes) {
        for (JsonNode n : nodes) {
            String t = Native.text(n);
            if (t != null && !t.isBlank()) return t;
        }
        return null;
    }
}
