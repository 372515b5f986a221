package io.alembic.bundle;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.alembic.detect.RequestFacts;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a request line's JSON (UTF-8 bytes) into detector input in one streaming pass. Detection reads every request,
 * so this parser pulls only what the detectors use (generation params, conversation shape) and lets Jackson skip
 * response text undecoded; the import-time RecordParser stays the authority on validity. Shared by the case's
 * detection scan and by readers of raw bundles, so both see a record the same way. Not thread-safe: one per thread.
 */
public final class FactsReader {
    private final JsonFactory factory = JsonFactory.builder().build();

    /** Per-record scratch, reset on every call instead of reallocated. */
    private String requestId, timestamp, accountId, apiKeyId, endpoint, model, ip, asOrg, country, userAgent, router;
    private String errorType, effort, completionPrompt, lastUser, firstUser;
    private int messages, assistantTurns, priorAnswer, answer;
    private final java.util.TreeMap<String, String> params = new java.util.TreeMap<>();
    private Long asn;
    private Double temperature;
    private Integer maxTokens;
    private int status;
    private boolean hasReasoning;
    private long inTok, outTok, reasonTok;
    private List<String> forwarded;
    private final StringBuilder user = new StringBuilder(), system = new StringBuilder();

    /** @return null for a row that no longer parses (it was valid at import, so this means tampering or a bug) */
    public RequestFacts read(byte[] raw) {
        reset();
        try (JsonParser p = factory.createParser(raw)) {
            if (p.nextToken() != JsonToken.START_OBJECT) return null;
            top(p);
        } catch (IOException | RuntimeException e) {
            return null;
        }
        if (requestId == null || accountId == null || timestamp == null) return null;
        long ts;
        try {
            ts = FastTime.parse(timestamp);
        } catch (RuntimeException e) {
            return null;
        }
        String prompt = completionPrompt != null ? completionPrompt : user.toString();
        StringBuilder sig = new StringBuilder();
        params.forEach((k, v) -> sig.append(k).append('=').append(v).append(';'));
        return new RequestFacts(requestId, accountId, apiKeyId, ts, status, errorType, model, endpoint, ip, asn, asOrg, country,
                userAgent, router, forwarded, temperature, effort, maxTokens, prompt, system.toString(), hasReasoning,
                inTok, outTok, reasonTok, completionPrompt != null ? completionPrompt : lastUser,
                completionPrompt != null ? completionPrompt : firstUser, completionPrompt != null ? 1 : messages, assistantTurns,
                sig.toString(), priorAnswer, assistantTurns > 0 ? answer : 0);
    }

    private void reset() {
        requestId = timestamp = accountId = apiKeyId = endpoint = model = ip = asOrg = country = userAgent = router = null;
        errorType = effort = completionPrompt = lastUser = firstUser = null;
        messages = assistantTurns = priorAnswer = answer = 0;
        params.clear();
        asn = null;
        temperature = null;
        maxTokens = null;
        status = -1;
        hasReasoning = false;
        inTok = outTok = reasonTok = 0;
        forwarded = List.of();
        user.setLength(0);
        system.setLength(0);
    }

    private void top(JsonParser p) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken t = p.nextToken();
            switch (name) {
                case "request_id" -> requestId = text(p, t);
                case "timestamp" -> timestamp = text(p, t);
                case "account_id" -> accountId = text(p, t);
                case "api_key_id" -> apiKeyId = text(p, t);
                case "endpoint" -> endpoint = text(p, t);
                case "model" -> model = text(p, t);
                case "client" -> { if (t == JsonToken.START_OBJECT) client(p); else p.skipChildren(); }
                case "request" -> { if (t == JsonToken.START_OBJECT) request(p); else p.skipChildren(); }
                case "response" -> { if (t == JsonToken.START_OBJECT) response(p); else p.skipChildren(); }
                case "usage" -> { if (t == JsonToken.START_OBJECT) usage(p); else p.skipChildren(); }
                default -> p.skipChildren();
            }
        }
    }

    private void client(JsonParser p) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken t = p.nextToken();
            switch (name) {
                case "ip" -> ip = text(p, t);
                case "asn" -> asn = t.isNumeric() ? Long.valueOf(p.getLongValue()) : asn(text(p, t));
                case "as_org" -> asOrg = text(p, t);
                case "country" -> country = text(p, t);
                case "user_agent" -> userAgent = text(p, t);
                case "router" -> router = text(p, t);
                case "forwarded_for" -> {
                    List<String> f = new ArrayList<>(2);
                    if (t == JsonToken.START_ARRAY) {
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            String v = text(p, p.currentToken());
                            if (v != null) f.add(v);
                        }
                    } else {
                        String v = text(p, t);
                        if (v != null) f.add(v);
                    }
                    forwarded = f.isEmpty() ? List.of() : f;
                }
                default -> p.skipChildren();
            }
        }
    }

    private void request(JsonParser p) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken t = p.nextToken();
            switch (name) {
                case "messages" -> {
                    if (t != JsonToken.START_ARRAY) { p.skipChildren(); break; }
                    while (p.nextToken() == JsonToken.START_OBJECT) message(p);
                }
                case "prompt" -> completionPrompt = t == JsonToken.VALUE_STRING ? p.getText() : skip(p);
                case "params" -> { if (t == JsonToken.START_OBJECT) params(p); else p.skipChildren(); }
                default -> p.skipChildren();
            }
        }
    }

    private void message(JsonParser p) throws IOException {
        String role = null, content = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken t = p.nextToken();
            if (name.equals("role")) role = text(p, t);
            else if (name.equals("content")) content = t == JsonToken.START_ARRAY ? RecordParser.readContentParts(p) : text(p, t);
            else p.skipChildren();
        }
        messages++;
        if ("assistant".equals(role)) {
            assistantTurns++;
            priorAnswer = content == null ? 0 : content.length();
        }
        if ("user".equals(role) && content != null) {
            lastUser = content;
            if (firstUser == null) firstUser = content;
        }
        StringBuilder into = "user".equals(role) ? user : "system".equals(role) ? system : null;
        if (into == null || content == null) return;
        if (into.length() > 0) into.append("\n\n");
        into.append(content);
    }

    private void params(JsonParser p) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken t = p.nextToken();
            if (t.isScalarValue() && params.size() < MAX_PARAMS) params.put(cut(name), cut(p.getText()));
            switch (name) {
                case "temperature" -> temperature = t.isNumeric() ? p.getDoubleValue() : null;
                case "reasoning_effort" -> effort = t == JsonToken.VALUE_STRING ? p.getText() : skip(p);
                case "reasoning" -> { // the nested form {"effort": "high"} of newer APIs
                    if (t != JsonToken.START_OBJECT) { p.skipChildren(); break; }
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String n = p.currentName();
                        JsonToken v = p.nextToken();
                        if (n.equals("effort") && v == JsonToken.VALUE_STRING) effort = p.getText(); else p.skipChildren();
                    }
                    if (effort != null) params.put("reasoning.effort", cut(effort));
                }
                case "max_tokens", "max_output_tokens", "max_completion_tokens" ->
                        maxTokens = t.isNumeric() && p.getNumberType() == JsonParser.NumberType.INT ? p.getIntValue() : null;
                default -> p.skipChildren();
            }
        }
    }

    private void response(JsonParser p) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken t = p.nextToken();
            switch (name) {
                case "status" -> status = t.isNumeric() ? p.getIntValue() : -1;
                case "reasoning" -> hasReasoning = t == JsonToken.VALUE_STRING && p.getTextLength() > 0;
                case "error" -> {
                    if (t != JsonToken.START_OBJECT) { p.skipChildren(); break; }
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String n = p.currentName();
                        JsonToken v = p.nextToken();
                        if (n.equals("type")) errorType = text(p, v); else p.skipChildren();
                    }
                }
                // an opener's answer (the longest text of most lines) is never decoded; a follow-up's is measured
                case "content" -> {
                    if (t == JsonToken.VALUE_STRING && assistantTurns > 0) answer = p.getTextLength(); else p.skipChildren();
                }
                default -> p.skipChildren();
            }
        }
    }

    private void usage(JsonParser p) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken t = p.nextToken();
            Long n = RecordParser.countOrNull(p, t);
            long v = n == null ? 0 : n;
            switch (name) {
                case "input_tokens" -> inTok = v;
                case "output_tokens" -> outTok = v;
                case "reasoning_tokens" -> reasonTok = v;
                default -> p.skipChildren();
            }
        }
    }

    /** Parameters are written by the people under investigation: bound what one record can add to a signature. */
    private static final int MAX_PARAMS = 32, MAX_PARAM_CHARS = 64;

    private static String cut(String v) { return v.length() > MAX_PARAM_CHARS ? v.substring(0, MAX_PARAM_CHARS) : v; }

    private static String text(JsonParser p, JsonToken t) throws IOException {
        if (t == JsonToken.VALUE_NULL) return null;
        if (t.isScalarValue()) return p.getText();
        p.skipChildren();
        return null;
    }

    private static String skip(JsonParser p) throws IOException {
        p.skipChildren();
        return null;
    }

    private static Long asn(String s) {
        if (s == null) return null;
        String digits = s.toUpperCase(java.util.Locale.ROOT).startsWith("AS") ? s.substring(2) : s;
        try {
            return Long.parseLong(digits.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
