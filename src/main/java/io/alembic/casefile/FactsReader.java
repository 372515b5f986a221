package io.alembic.casefile;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.alembic.bundle.BadRecordException;
import io.alembic.bundle.RecordParser;
import io.alembic.bundle.RequestRecord;
import io.alembic.detect.RequestFacts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Turns a stored request's verbatim JSON into detector input. RecordParser does the record; the generation parameters
 * it does not model are read from the "params" object alone, so the line is not parsed twice in full.
 */
final class FactsReader {
    private final RecordParser parser = new RecordParser();
    private final JsonFactory factory = JsonFactory.builder().build();

    /** @return null for a row that no longer parses (it was valid at import, so this means tampering or a bug) */
    RequestFacts read(String rawJson) {
        byte[] bytes = rawJson.getBytes(StandardCharsets.UTF_8);
        RequestRecord r;
        try {
            r = parser.parse(bytes, bytes.length);
        } catch (BadRecordException e) {
            return null;
        }
        Double temperature = null;
        String effort = null;
        Integer maxTokens = null;
        int at = rawJson.indexOf("\"params\"");
        if (at >= 0) {
            int brace = rawJson.indexOf('{', at);
            if (brace > 0) {
                try (JsonParser p = factory.createParser(rawJson.substring(brace))) { // parsing stops at the object's end
                    p.nextToken();
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String name = p.currentName();
                        JsonToken t = p.nextToken();
                        switch (name) {
                            case "temperature" -> temperature = t.isNumeric() ? p.getDoubleValue() : null;
                            case "reasoning_effort" -> effort = t == JsonToken.VALUE_STRING ? p.getText() : null;
                            case "max_tokens", "max_output_tokens", "max_completion_tokens" -> maxTokens = t.isNumeric() ? p.getIntValue() : null;
                            default -> p.skipChildren();
                        }
                    }
                } catch (IOException ignored) {
                    // malformed params only lose the parameter summary, never the request
                }
            }
        }
        var c = r.client();
        return new RequestFacts(r.requestId(), r.accountId(), r.apiKeyId(), r.timestampMs(), r.status() == null ? -1 : r.status(),
                r.errorType(), r.model(), r.endpoint(), c.ip(), c.asn(), c.asOrg(), c.country(), c.userAgent(), c.router(),
                c.forwardedFor(), temperature, effort, maxTokens, r.promptText(), r.systemText(),
                r.reasoning() != null && !r.reasoning().isEmpty(), r.inputTokens(), r.outputTokens(), r.reasoningTokens());
    }
}
