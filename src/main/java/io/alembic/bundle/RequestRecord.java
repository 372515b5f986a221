package io.alembic.bundle;

import java.util.List;

/**
 * One request line of a bundle, with the fields the workbench understands pulled out.
 * {@code rawJson} is the line exactly as exported, so fields we do not model are never lost.
 */
public record RequestRecord(
        String requestId,
        long timestampMs,
        String accountId,
        String orgId,
        String apiKeyId,
        String endpoint,
        String model,
        ClientInfo client,
        List<Message> messages,
        String completionPrompt,
        Integer status,
        String responseContent,
        String reasoning,
        String finishReason,
        String errorType,
        long inputTokens,
        long outputTokens,
        long reasoningTokens,
        Long latencyMs,
        String rawJson) {

    /** The user-authored text: user messages (chat form) or the prompt string (completion form). */
    public String promptText() {
        if (completionPrompt != null) return completionPrompt;
        return joinRole("user", true);
    }

    public String systemText() {
        return joinRole("system", true);
    }

    private String joinRole(String role, boolean match) {
        StringBuilder sb = new StringBuilder();
        for (Message m : messages) {
            if (role.equals(m.role()) == match && m.content() != null) {
                if (sb.length() > 0) sb.append("\n\n");
                sb.append(m.content());
            }
        }
        return sb.toString();
    }
}
