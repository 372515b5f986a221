package io.alembic.formats;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * OpenTelemetry traces in OTLP/JSON ({@code resourceSpans -> scopeSpans -> spans}) carrying the GenAI semantic
 * conventions: one request per span with {@code gen_ai.*} attributes; other spans (HTTP, database, the app's own) are
 * skipped and counted. Either one export document per file (pretty-printed or not) or one per line, as the collector's
 * file exporter writes them. Content comes from whichever convention the instrumentation used: the newer
 * {@code gen_ai.input.messages} / {@code gen_ai.output.messages} attributes, the older span events
 * ({@code gen_ai.content.prompt} / {@code gen_ai.content.completion}, and the per-message events), or OpenLLMetry's
 * indexed {@code gen_ai.prompt.N.*} attributes. The account is the end user when the span names one
 * ({@code enduser.id}, {@code user.id}), else the resource's {@code service.name}.
 */
final class OtelReader implements FormatReader {
    static final String NAME = "otel";
    static final long WHOLE_FILE_LIMIT = 512L << 20;

    @Override public String name() { return NAME; }

    @Override public String looksFor() { return "OTLP/JSON trace exports with resourceSpans (OpenTelemetry GenAI spans)"; }

    @Override
    public boolean recognises(SourceFile f) throws IOException {
        String head = f.head();
        int i = 0;
        while (i < head.length() && Character.isWhitespace(head.charAt(i))) i++;
        return i < head.length() && head.charAt(i) == '{' && head.contains("\"resourceSpans\"");
    }

    @Override
    public void convert(List<SourceFile> files, RecordSink out) throws IOException {
        for (SourceFile f : files) {
            List<String> first = f.headLines(1);
            boolean perLine = !first.isEmpty() && parses(first.get(0));
            int[] skipped = {0};
            if (perLine) {
                JsonLines.each(f, out, (n, raw, at) -> document(n, at, out, skipped, null));
            } else {
                JsonNode doc;
                SpanLocator locator;
                try (InputStream in = f.open()) {
                    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, WHOLE_FILE_LIMIT + 1));
                    if (bytes.length > WHOLE_FILE_LIMIT) {
                        out.reject(new Origin(f.path(), 1), "a single OTLP/JSON document over " + (WHOLE_FILE_LIMIT >> 20) + " MB; export one document per line instead", "");
                        continue;
                    }
                    doc = JsonLines.MAPPER.readTree(bytes);
                    locator = new SpanLocator(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
                } catch (JsonProcessingException e) {
                    out.reject(new Origin(f.path(), e.getLocation() == null ? 1 : e.getLocation().getLineNr()),
                            "not JSON: " + JsonLines.firstLine(e.getOriginalMessage()), "");
                    continue;
                }
                document(doc, new Origin(f.path(), 1), out, skipped, locator);
            }
            if (skipped[0] > 0) out.note(f.path() + ": " + skipped[0] + " span(s) without gen_ai attributes skipped (not model calls)");
        }
    }

    private static boolean parses(String line) {
        try {
            JsonNode n = JsonLines.MAPPER.readTree(line);
            return n != null && n.isObject();
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    /**
     * In a whole-file document every span would sit at "line 1", and the quarantine keeps one entry per line: each span
     * is placed at the line of its spanId instead (spans come in file order, so the search only moves forward).
     */
    static final class SpanLocator {
        private final String text;
        private int from, line = 1;

        SpanLocator(String text) { this.text = text; }

        long lineOf(String spanId, long fallback) {
            if (spanId == null) return fallback;
            int i = text.indexOf("\"" + spanId + "\"", from);
            if (i < 0) return fallback;
            for (int k = from; k < i; k++) if (text.charAt(k) == '\n') line++;
            from = i;
            return line;
        }
    }

    private void document(JsonNode doc, Origin at, RecordSink out, int[] skipped, SpanLocator locator) throws IOException {
        if (doc == null || !doc.path("resourceSpans").isArray()) {
            out.reject(at, "not an OTLP/JSON trace export (no resourceSpans array)", doc == null ? "" : doc.toString());
            return;
        }
        int ri = 0;
        for (JsonNode rs : doc.get("resourceSpans")) {
            Map<String, JsonNode> resource = OtelAttributes.of(rs.path("resource").get("attributes"));
            int si = 0;
            for (JsonNode ss : rs.path("scopeSpans")) {
                int pi = 0;
                for (JsonNode span : ss.path("spans")) {
                    String path = "resourceSpans[" + ri + "].scopeSpans[" + si + "].spans[" + pi + "]";
                    Origin where = locator == null ? at : new Origin(at.file(), locator.lineOf(Native.text(span.get("spanId")), at.line()));
                    span(span, resource, rs.path("resource"), path, where, out, skipped);
                    pi++;
                }
                si++;
            }
            ri++;
        }
    }

    private void span(JsonNode span, Map<String, JsonNode> resource, JsonNode resourceNode, String path, Origin at, RecordSink out,
                      int[] skipped) throws IOException {
        if (!span.isObject()) {
            out.reject(at, path + " is not an object", span.toString());
            return;
        }
        Map<String, JsonNode> a = OtelAttributes.of(span.get("attributes"));
        if (a.keySet().stream().noneMatch(k -> k.startsWith("gen_ai."))) {
            skipped[0]++;
            return;
        }
        Long start = Native.count(span.get("startTimeUnixNano")), end = Native.count(span.get("endTimeUnixNano"));
        String traceId = Native.text(span.get("traceId")), spanId = Native.text(span.get("spanId"));
        String account = OtelAttributes.text(a, "enduser.id", "user.id", "gen_ai.user.id");
        if (account == null) account = OtelAttributes.text(resource, "enduser.id", "user.id", "service.name");
        ObjectNode r = Native.record(traceId == null || spanId == null ? null : "otel:" + traceId + "/" + spanId,
                start == null ? null : Native.epochNanos(start), account,
                OtelAttributes.text(a, "gen_ai.request.model", "gen_ai.response.model"));
        Native.putText(r, "endpoint", OtelAttributes.text(a, "gen_ai.operation.name"));
        if (start != null && end != null && end >= start) r.put("latency_ms", (end - start) / 1_000_000);
        String ip = OtelAttributes.text(a, "client.address");
        String agent = OtelAttributes.text(a, "user_agent.original");
        if (ip != null || agent != null) {
            ObjectNode client = r.putObject("client");
            Native.putText(client, "ip", ip);
            Native.putText(client, "user_agent", agent);
        }
        ObjectNode source = Native.source(r, NAME, at, span);
        source.put("span", path);
        source.set("resource", resourceNode);
        source.put("provider", OtelAttributes.text(a, "gen_ai.provider.name", "gen_ai.system"));
        ObjectNode request = r.putObject("request");
        ArrayNode messages = request.putArray("messages");
        ObjectNode response = r.putObject("response");
        OtelContent.read(a, span.path("events"), messages, response);
        ObjectNode params = Native.F.objectNode();
        a.forEach((k, v) -> {
            if (k.startsWith("gen_ai.request.") && !k.equals("gen_ai.request.model") && v.isValueNode()) params.set(k.substring("gen_ai.request.".length()), v);
        });
        if (!params.isEmpty()) request.set("params", params);
        JsonNode reasons = a.get("gen_ai.response.finish_reasons");
        String finish = reasons != null && reasons.isArray() ? Native.text(reasons.path(0)) : Native.text(reasons);
        if (finish != null && !response.has("finish_reason")) response.put("finish_reason", finish);
        status(span, a, response);
        Native.usage(r, Native.count(first(a, "gen_ai.usage.input_tokens", "gen_ai.usage.prompt_tokens")),
                Native.count(first(a, "gen_ai.usage.output_tokens", "gen_ai.usage.completion_tokens")),
                Native.count(a.get("gen_ai.usage.reasoning_tokens")));
        out.request(r, at);
    }

    /** OTLP status code 2 (or "STATUS_CODE_ERROR") is a failed call; an HTTP status attribute, when present, is kept. */
    private static void status(JsonNode span, Map<String, JsonNode> a, ObjectNode response) {
        Long http = Native.count(a.get("http.response.status_code"));
        if (http != null && http == http.intValue()) response.put("status", http.intValue());
        JsonNode code = span.path("status").path("code");
        boolean error = code.asInt(-1) == 2 || "STATUS_CODE_ERROR".equals(code.asText());
        if (error) {
            response.putObject("error").put("type", OtelAttributes.text(a, "error.type") == null ? "error" : OtelAttributes.text(a, "error.type"))
                    .put("message", Native.text(span.path("status").get("message")));
        }
    }

    private static JsonNode first(Map<String, JsonNode> a, String... keys) {
        for (String k : keys) if (a.containsKey(k)) return a.get(k);
        return null;
    }
}
