package io.alembic.bundle;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns one request line into a {@link RequestRecord} with Jackson's streaming parser: the fields we model are
 * pulled out, everything else is skipped here and kept through the verbatim line. Not thread-safe (reuses state).
 */
public final class RecordParser {
    private final JsonFactory factory = JsonFactory.builder().build();

    public RequestRecord parse(byte[] line, int length) throws BadRecordException {
        String raw = new String(line, 0, length, StandardCharsets.UTF_8);
        try (JsonParser p = factory.createParser(line, 0, length)) {
            if (p.nextToken() != JsonToken.START_OBJECT) throw new BadRecordException("not a JSON object");
            Builder b = new Builder();
            readTop(p, b);
            if (p.nextToken() != null) throw new BadRecordException("not JSON: trailing data after the object");
            return b.build(raw);
        } catch (BadRecordException e) {
            throw e;
        } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
            throw new BadRecordException("over a JSON parser limit: " + firstLine(e.getOriginalMessage()));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new BadRecordException("not JSON: " + firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new BadRecordException("not JSON: " + firstLine(e.getMessage()));
        }
    }

    /** A hostile value quoted in a reason stays short: the quarantine keeps the whole line anyway. */
    static String clip(String s) {
        return s.length() <= 80 ? s : s.substring(0, Character.isHighSurrogate(s.charAt(79)) ? 79 : 80) + "...";
    }

    private static String firstLine(String s) {
        if (s == null) return "parse error";
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }

    private void readTop(JsonParser p, Builder b) throws IOException, BadRecordException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken t = p.nextToken();
            switch (name) {
                case "request_id" -> b.requestId = string(p, t, name);
                case "timestamp" -> b.timestamp = string(p, t, name);
                case "account_id" -> b.accountId = string(p, t, name);
                case "org_id" -> b.orgId = scalar(p, t);
                case "api_key_id" -> b.apiKeyId = scalar(p, t);
                case "endpoint" -> b.endpoint = scalar(p, t);
                case "model" -> b.model = string(p, t, name);
                case "client" -> { if (t == JsonToken.START_OBJECT) readClient(p, b); else p.skipChildren(); }
                case "request" -> { if (t == JsonToken.START_OBJECT) readRequest(p, b); else p.skipChildren(); }
                case "response" -> { if (t == JsonToken.START_OBJECT) readResponse(p, b); else p.skipChildren(); }
                case "usage" -> { if (t == JsonToken.START_OBJECT) readUsage(p, b); else p.skipChildren(); }
                case "latency_ms" -> b.latencyMs = count(longOrNull(p, t));
                default -> p.skipChildren();
            }
        }
    }

    private void readClient(JsonParser p, Builder b) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken t = p.nextToken();
            switch (name) {
                case "ip" -> b.ip = scalar(p, t);
                case "asn" -> b.asn = t.isNumeric() ? longOrNull(p, t) : parseAsn(scalar(p, t));
                case "as_org" -> b.asOrg = scalar(p, t);
                case "country" -> b.country = scalar(p, t);
                case "user_agent" -> b.userAgent = scalar(p, t);
                case "router" -> b.router = scalar(p, t);
                case "forwarded_for" -> {
                    if (t == JsonToken.START_ARRAY) {
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            String v = scalar(p, p.currentToken());
                            if (v != null) b.forwardedFor.add(v);
                        }
                    } else {
                        String v = scalar(p, t);
                        if (v != null) b.forwardedFor.add(v);
                    }
                }
                default -> p.skipChildren();
            }
        }
    }

    private static Long parseAsn(String s) {
        if (s == null) return null;
        String digits = s.toUpperCase().startsWith("AS") ? s.substring(2) : s;
        try {
            return Long.parseLong(digits.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void readRequest(JsonParser p, Builder b) throws IOException, BadRecordException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken t = p.nextToken();
            switch (name) {
                case "messages" -> {
                    if (t != JsonToken.START_ARRAY) throw new BadRecordException("request.messages is not an array");
                    b.hasMessages = true;
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        if (p.currentToken() == JsonToken.START_OBJECT) b.messages.add(readMessage(p));
                        else p.skipChildren(); // a message that is not an object carries no role or content
                    }
                }
                case "prompt" -> {
                    if (t == JsonToken.VALUE_STRING) b.prompt = p.getText();
                    else p.skipChildren();
                }
                default -> p.skipChildren();
            }
        }
    }

    private Message readMessage(JsonParser p) throws IOException {
        String role = null;
        String content = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken t = p.nextToken();
            if (name.equals("role")) role = scalar(p, t);
            else if (name.equals("content")) content = t == JsonToken.START_ARRAY ? readContentParts(p) : scalar(p, t);
            else p.skipChildren();
        }
        return new Message(role == null ? "unknown" : role, content);
    }

    /**
     * Content given as parts ([{"type":"text","text":...}]): the text parts joined, others ignored. Public so
     * every reader of stored records (e.g. detection's facts reader) joins parts exactly as the importer does.
     */
    public static String readContentParts(JsonParser p) throws IOException {
        StringBuilder sb = new StringBuilder();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() != JsonToken.START_OBJECT) { p.skipChildren(); continue; }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                if (name.equals("text") && t == JsonToken.VALUE_STRING) {
                    if (sb.length() > 0) sb.append('\n');
                    sb.append(p.getText());
                } else {
                    p.skipChildren();
                }
            }
        }
        return sb.toString();
    }

    private void readResponse(JsonParser p, Builder b) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken t = p.nextToken();
            switch (name) {
                case "status" -> {
                    Long v = longOrNull(p, t);
                    b.status = v != null && v == v.intValue() ? Integer.valueOf(v.intValue()) : null;
                }
                case "content" -> b.content = scalar(p, t);
                case "reasoning" -> b.reasoning = scalar(p, t);
                case "finish_reason" -> b.finishReason = scalar(p, t);
                case "error" -> {
                    if (t == JsonToken.START_OBJECT) {
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String n = p.currentName();
                            JsonToken v = p.nextToken();
                            if (n.equals("type")) b.errorType = scalar(p, v);
                            else p.skipChildren();
                        }
                    } else {
                        p.skipChildren();
                    }
                }
                default -> p.skipChildren();
            }
        }
    }

    private void readUsage(JsonParser p, Builder b) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken t = p.nextToken();
            Long n = count(longOrNull(p, t));
            long v = n == null ? 0 : n;
            switch (name) {
                case "input_tokens" -> b.inputTokens = v;
                case "output_tokens" -> b.outputTokens = v;
                case "reasoning_tokens" -> b.reasoningTokens = v;
                default -> p.skipChildren();
            }
        }
    }

    /**
     * A number that fits a long (fractions truncated, as before), else null: a value out of range, NaN or not a number
     * is kept only in the verbatim line rather than costing the record its place in the case.
     */
    private static Long longOrNull(JsonParser p, JsonToken t) throws IOException {
        if (!t.isNumeric()) {
            p.skipChildren();
            return null;
        }
        if (t == JsonToken.VALUE_NUMBER_INT) {
            return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? null : p.getLongValue();
        }
        double d = p.getDoubleValue();
        return Double.isFinite(d) && d >= Long.MIN_VALUE && d < 0x1p63 ? (long) d : null;
    }

    /**
     * Counts (tokens, milliseconds) are sums' inputs: a negative one or one past {@link #MAX_COUNT} is no real request's and
     * would overflow the per-account totals, so it is left out like a number out of range (the verbatim line keeps it).
     */
    private static Long count(Long n) {
        return n == null || n < 0 || n > MAX_COUNT ? null : n;
    }

    /** The value as a count, or null when it is none; shared with {@link FactsReader} so both read a record alike. */
    static Long countOrNull(JsonParser p, JsonToken t) throws IOException {
        return count(longOrNull(p, t));
    }

    /** Far above any context window or timeout, and low enough that 2^32 of them cannot overflow a long sum. */
    static final long MAX_COUNT = (1L << 31) - 1;

    /** A scalar as text; objects and arrays are skipped (kept only in the raw line) and give null. */
    private static String scalar(JsonParser p, JsonToken t) throws IOException {
        if (t == JsonToken.VALUE_NULL) return null;
        if (t.isScalarValue()) return p.getText();
        p.skipChildren();
        return null;
    }

    private static String string(JsonParser p, JsonToken t, String field) throws IOException, BadRecordException {
        if (t == JsonToken.VALUE_NULL) return null;
        if (t != JsonToken.VALUE_STRING) throw new BadRecordException(field + " is not a string");
        return p.getText();
    }

    private static final class Builder {
        String requestId, timestamp, accountId, orgId, apiKeyId, endpoint, model;
        String ip, asOrg, country, userAgent, router;
        Long asn;
        final List<String> forwardedFor = new ArrayList<>(2);
        final List<Message> messages = new ArrayList<>(4);
        boolean hasMessages;
        String prompt;
        Integer status;
        String content, reasoning, finishReason, errorType;
        long inputTokens, outputTokens, reasoningTokens;
        Long latencyMs;

        RequestRecord build(String raw) throws BadRecordException {
            if (blank(requestId)) throw new BadRecordException("missing required field request_id");
            if (blank(timestamp)) throw new BadRecordException("missing required field timestamp");
            if (blank(accountId)) throw new BadRecordException("missing required field account_id");
            if (blank(model)) throw new BadRecordException("missing required field model");
            if (!hasMessages && prompt == null) throw new BadRecordException("missing request body: neither request.messages nor request.prompt");
            long ts;
            try {
                ts = Timestamps.parseRfc3339(timestamp);
            } catch (DateTimeException | ArithmeticException e) {
                // ArithmeticException: a valid RFC 3339 year too far out for epoch milliseconds (e.g. +999999999)
                throw new BadRecordException("bad timestamp \"" + clip(timestamp) + "\" (expected RFC 3339 between years -292275055 and "
                        + "292278994, e.g. 2026-01-14T03:12:45Z)");
            }
            ClientInfo client = new ClientInfo(ip, asn, asOrg, country, userAgent, List.copyOf(forwardedFor), router);
            return new RequestRecord(requestId, ts, accountId, orgId, apiKeyId, endpoint, model, client,
                    List.copyOf(messages), hasMessages ? null : prompt, status, content, reasoning, finishReason,
                    errorType, inputTokens, outputTokens, reasoningTokens, latencyMs, raw);
        }

        private static boolean blank(String s) { return s == null || s.isBlank(); }
    }
}
