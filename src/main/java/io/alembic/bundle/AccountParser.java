package io.alembic.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Parses one line of an accounts registry file; registry files are small, so a tree parse is fine. */
public final class AccountParser {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public AccountRecord parse(byte[] line, int length) throws BadRecordException {
        String raw = new String(line, 0, length, StandardCharsets.UTF_8);
        JsonNode n;
        try {
            n = MAPPER.readTree(raw);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new BadRecordException("not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new BadRecordException("not JSON: " + e.getMessage());
        }
        if (n == null || !n.isObject()) throw new BadRecordException("not a JSON object");
        String id = text(n, "account_id");
        if (id == null || id.isBlank()) throw new BadRecordException("missing required field account_id");
        return new AccountRecord(id, text(n, "org_id"), text(n, "created_at"), text(n, "email_domain"), text(n, "country"),
                text(n, "payment_fingerprint"), text(n, "tier"), text(n, "status"), raw);
    }

    private static String text(JsonNode n, String f) {
        JsonNode v = n.get(f);
        return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
    }
}
