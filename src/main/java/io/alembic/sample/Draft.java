package io.alembic.sample;

/** The fields of one request line before serialization. Null means "leave the field out". */
final class Draft implements Cloneable {
    String requestId, timestamp, accountId, orgId, apiKeyId, endpoint, model;
    String ip, asOrg, country, userAgent, router;
    long asn;
    String[] forwardedFor = new String[0];
    String system, user, completionPrompt;
    /** Earlier turns of a conversation, user and assistant alternating, sent before {@code user}; null for one turn. */
    String[] history;
    Double temperature, topP;
    Integer maxTokens, n;
    String reasoningEffort;
    Long paramSeed;
    int status = 200;
    String content, reasoning, finishReason, errorType, errorMessage;
    long inputTokens, outputTokens, reasoningTokens, latencyMs;
    /** Fields the format does not define, present now and then so importers prove they keep unknown fields. */
    String traceSpan, clientVersion;

    Draft copy() {
        try {
            return (Draft) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e);
        }
    }
}
