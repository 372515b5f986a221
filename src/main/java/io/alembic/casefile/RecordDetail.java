package io.alembic.casefile;

import java.util.List;

/** Everything the detail pane shows for one request. */
public record RecordDetail(String requestId, String timestamp, String accountId, String apiKeyId, String model,
                           String ip, String country, String userAgent, String router, Integer status,
                           List<io.alembic.bundle.Message> messages, String completionPrompt,
                           String responseContent, String reasoning, String rawJson, String sourceFile, long sourceLine) {}
