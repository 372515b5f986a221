package io.alembic.detect;

import java.io.Serializable;
import java.util.List;

/**
 * What the detectors know about one request: plain values, no storage types, so the same code runs over a case, a
 * bundle or a Spark partition. status is -1 when the record has none; params fields are null when absent.
 *
 * @param prompt         every user message joined (the completion form's prompt)
 * @param lastUser       the final user message alone: in a conversation, what is being asked now
 * @param firstUser      the first user message: what opened the conversation
 * @param messages       number of messages in the request (1 for the completion form)
 * @param assistantTurns earlier assistant answers carried in the request
 * @param params         canonical "key=value;…" of every scalar generation parameter, keys sorted: the sampling setup
 * @param priorAnswerChars length of the last earlier assistant answer carried in the request (0 when none)
 * @param answerChars    length of the answer returned to a follow-up (0 when not a follow-up or none returned)
 */
public record RequestFacts(String requestId, String accountId, String apiKeyId, long tsMs, int status, String errorType,
                           String model, String endpoint, String ip, Long asn, String asOrg, String country,
                           String userAgent, String router, List<String> forwardedFor, Double temperature,
                           String reasoningEffort, Integer maxTokens, String prompt, String system, boolean hasReasoning,
                           long inputTokens, long outputTokens, long reasoningTokens, String lastUser, String firstUser,
                           int messages, int assistantTurns, String params, int priorAnswerChars,
                           int answerChars) implements Serializable {
    public RequestFacts {
        forwardedFor = forwardedFor == null ? List.of() : List.copyOf(forwardedFor);
        prompt = prompt == null ? "" : prompt;
        system = system == null ? "" : system;
        lastUser = lastUser == null ? prompt : lastUser;
        firstUser = firstUser == null ? prompt : firstUser;
        params = params == null ? "" : params;
    }

    /** Builder for readers and tests: every field optional but the ids and the time. */
    public static Builder builder(String requestId, String accountId, long tsMs) { return new Builder(requestId, accountId, tsMs); }

    public static final class Builder {
        private final String requestId, accountId;
        private final long tsMs;
        private String apiKeyId, errorType, model, endpoint, ip, asOrg, country, userAgent, router, reasoningEffort, prompt = "",
                system = "", lastUser, firstUser, params;
        private int status = 200, messages = 1, assistantTurns, priorAnswerChars, answerChars;
        private Long asn;
        private Double temperature;
        private Integer maxTokens;
        private List<String> forwardedFor = List.of();
        private boolean hasReasoning;
        private long inputTokens, outputTokens, reasoningTokens;

        private Builder(String requestId, String accountId, long tsMs) {
            this.requestId = requestId;
            this.accountId = accountId;
            this.tsMs = tsMs;
        }

        public Builder key(String v) { apiKeyId = v; return this; }
        public Builder status(int v) { status = v; return this; }
        public Builder error(String v) { errorType = v; return this; }
        public Builder model(String v) { model = v; return this; }
        public Builder endpoint(String v) { endpoint = v; return this; }
        public Builder ip(String v) { ip = v; return this; }
        public Builder asn(Long v) { asn = v; return this; }
        public Builder asOrg(String v) { asOrg = v; return this; }
        public Builder country(String v) { country = v; return this; }
        public Builder userAgent(String v) { userAgent = v; return this; }
        public Builder router(String v) { router = v; return this; }
        public Builder forwardedFor(List<String> v) { forwardedFor = v; return this; }
        public Builder temperature(Double v) { temperature = v; return this; }
        public Builder effort(String v) { reasoningEffort = v; return this; }
        public Builder maxTokens(Integer v) { maxTokens = v; return this; }
        public Builder prompt(String v) { prompt = v; return this; }
        public Builder system(String v) { system = v; return this; }
        public Builder lastUser(String v) { lastUser = v; return this; }
        public Builder firstUser(String v) { firstUser = v; return this; }
        public Builder messages(int total, int assistant) { messages = total; assistantTurns = assistant; return this; }
        public Builder params(String v) { params = v; return this; }
        public Builder answers(int prior, int answer) { priorAnswerChars = prior; answerChars = answer; return this; }
        public Builder reasoning(boolean v) { hasReasoning = v; return this; }
        public Builder tokens(long in, long out, long reasoning) { inputTokens = in; outputTokens = out; reasoningTokens = reasoning; return this; }

        public RequestFacts build() {
            return new RequestFacts(requestId, accountId, apiKeyId, tsMs, status, errorType, model, endpoint, ip, asn, asOrg,
                    country, userAgent, router, forwardedFor, temperature, reasoningEffort, maxTokens, prompt, system,
                    hasReasoning, inputTokens, outputTokens, reasoningTokens, lastUser, firstUser, messages, assistantTurns, params,
                    priorAnswerChars, answerChars);
        }
    }
}
