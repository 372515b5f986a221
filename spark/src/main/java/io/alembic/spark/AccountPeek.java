package io.alembic.spark;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * The account id of a request line without decoding the rest: the top-level fields are walked and their values
 * skipped, the last {@code account_id} wins (as in the detectors' reader). A cheap first filter for the reduction
 * pass, which keeps a small share of the lines; what passes is then read in full.
 */
final class AccountPeek {
    private final JsonFactory factory = JsonFactory.builder().build();

    /** @return the account id, or null when the line has none or is not a JSON object */
    String accountId(byte[] raw) {
        String account = null;
        try (JsonParser p = factory.createParser(raw)) {
            if (p.nextToken() != JsonToken.START_OBJECT) return null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                boolean mine = "account_id".equals(p.currentName());
                JsonToken t = p.nextToken();
                if (mine) account = t == JsonToken.VALUE_NULL ? null : t.isScalarValue() ? p.getText() : skip(p);
                else p.skipChildren();
            }
        } catch (Exception e) {
            return account;
        }
        return account;
    }

    private static String skip(JsonParser p) throws java.io.IOException {
        p.skipChildren();
        return null;
    }
}
