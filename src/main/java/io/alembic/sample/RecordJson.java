package io.alembic.sample;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;

/** Serializes drafts to one compact JSON line each, in a fixed field order, into a reused buffer. */
final class RecordJson {
    private final JsonFactory factory = new JsonFactory();
    private final Buffer buf = new Buffer();

    static final class Buffer extends ByteArrayOutputStream {
        Buffer() { super(4096); }
        byte[] array() { return buf; }
    }

    /** The returned buffer is reused by the next call. */
    Buffer serialize(Draft d) throws IOException {
        buf.reset();
        try (JsonGenerator g = factory.createGenerator(buf, JsonEncoding.UTF8)) {
            g.writeStartObject();
            str(g, "request_id", d.requestId);
            str(g, "timestamp", d.timestamp);
            str(g, "account_id", d.accountId);
            str(g, "org_id", d.orgId);
            str(g, "api_key_id", d.apiKeyId);
            str(g, "endpoint", d.endpoint);
            str(g, "model", d.model);
            client(g, d);
            request(g, d);
            response(g, d);
            g.writeObjectFieldStart("usage");
            g.writeNumberField("input_tokens", d.inputTokens);
            g.writeNumberField("output_tokens", d.outputTokens);
            g.writeNumberField("reasoning_tokens", d.reasoningTokens);
            g.writeEndObject();
            g.writeNumberField("latency_ms", d.latencyMs);
            if (d.traceSpan != null) {
                g.writeObjectFieldStart("x_trace");
                g.writeStringField("span_id", d.traceSpan);
                g.writeBooleanField("sampled", true);
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        return buf;
    }

    /** The serialized line cut short at an ASCII byte, so it is invalid JSON but still valid UTF-8. */
    byte[] truncated(Draft d) throws IOException {
        Buffer b = serialize(d);
        int cut = b.size() * 3 / 5;
        byte[] a = b.array();
        while (cut > 1 && (a[cut] & 0x80) != 0) cut--;
        return Arrays.copyOf(a, cut);
    }

    private static void client(JsonGenerator g, Draft d) throws IOException {
        g.writeObjectFieldStart("client");
        str(g, "ip", d.ip);
        g.writeNumberField("asn", d.asn);
        str(g, "as_org", d.asOrg);
        str(g, "country", d.country);
        str(g, "user_agent", d.userAgent);
        g.writeArrayFieldStart("forwarded_for");
        for (String f : d.forwardedFor) g.writeString(f);
        g.writeEndArray();
        if (d.router == null) g.writeNullField("router"); else g.writeStringField("router", d.router);
        g.writeEndObject();
    }

    private static void request(JsonGenerator g, Draft d) throws IOException {
        g.writeObjectFieldStart("request");
        if (d.completionPrompt != null) {
            g.writeStringField("prompt", d.completionPrompt);
        } else {
            g.writeArrayFieldStart("messages");
            if (d.system != null) message(g, "system", d.system);
            if (d.history != null)
                for (int i = 0; i < d.history.length; i++) message(g, i % 2 == 0 ? "user" : "assistant", d.history[i]);
            message(g, "user", d.user);
            g.writeEndArray();
        }
        g.writeObjectFieldStart("params");
        if (d.temperature != null) g.writeNumberField("temperature", d.temperature);
        if (d.topP != null) g.writeNumberField("top_p", d.topP);
        if (d.maxTokens != null) g.writeNumberField("max_tokens", d.maxTokens);
        if (d.n != null) g.writeNumberField("n", d.n);
        str(g, "reasoning_effort", d.reasoningEffort);
        if (d.paramSeed != null) g.writeNumberField("seed", d.paramSeed);
        g.writeEndObject();
        if (d.clientVersion != null) {
            g.writeObjectFieldStart("metadata");
            g.writeStringField("client_version", d.clientVersion);
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void response(JsonGenerator g, Draft d) throws IOException {
        g.writeObjectFieldStart("response");
        g.writeNumberField("status", d.status);
        str(g, "content", d.content);
        str(g, "reasoning", d.reasoning);
        str(g, "finish_reason", d.finishReason);
        if (d.errorType != null) {
            g.writeObjectFieldStart("error");
            g.writeStringField("type", d.errorType);
            g.writeStringField("message", d.errorMessage);
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void message(JsonGenerator g, String role, String content) throws IOException {
        g.writeStartObject();
        g.writeStringField("role", role);
        g.writeStringField("content", content);
        g.writeEndObject();
    }

    private static void str(JsonGenerator g, String name, String v) throws IOException {
        if (v != null) g.writeStringField(name, v);
    }
}
