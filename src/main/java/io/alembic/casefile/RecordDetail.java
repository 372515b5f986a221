package io.alembic.casefile;

import java.util.List;

/** Everything the detail pane shows for one request. */
public record RecordDetail(String requestId, String timestamp, String accountId, String apiKeyId, String model,
                           String ip, String country, String userAgent, String router, Integer status,
                           List<io.alembic.bundle.Message> messages, String completionPrompt,
                           String responseContent, String reasoning, String rawJson, String sourceFile, long sourceLine) {
    /** A stored record as the views show it; {@code r} null (a line the parser no longer reads) keeps only the raw text. */
    static RecordDetail of(String requestId, io.alembic.bundle.RequestRecord r, String rawJson, String file, long line) {
        if (r == null) {
            return new RecordDetail(requestId, null, null, null, null, null, null, null, null, null, List.of(), null, null, null,
                    rawJson, file, line);
        }
        return new RecordDetail(r.requestId(), io.alembic.bundle.Timestamps.format(r.timestampMs()), r.accountId(), r.apiKeyId(),
                r.model(), r.client().ip(), r.client().country(), r.client().userAgent(), r.client().router(), r.status(),
                r.messages(), r.completionPrompt(), r.responseContent(), r.reasoning(), rawJson, file, line);
    }
}
