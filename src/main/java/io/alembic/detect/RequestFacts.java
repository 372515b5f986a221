package io.alembic.detect;

import java.util.List;

/**
 * What the detectors know about one request: plain values, no storage types, so the same code can run over any
 * log source. status is -1 when the record has none; params fields are null when absent.
 */
public record RequestFacts(String requestId, String accountId, String apiKeyId, long tsMs, int status, String errorType,
                           String model, String endpoint, String ip, Long asn, String asOrg, String country,
                           String userAgent, String router, List<String> forwardedFor, Double temperature,
                           String reasoningEffort, Integer maxTokens, String prompt, String system, boolean hasReasoning,
                           long inputTokens, long outputTokens, long reasoningTokens) {
    public RequestFacts {
        forwardedFor = forwardedFor == null ? List.of() : forwardedFor;
        prompt = prompt == null ? "" : prompt;
        system = system == null ? "" : system;
    }
}
