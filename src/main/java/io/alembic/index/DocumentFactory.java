package io.alembic.index;

import io.alembic.bundle.ClientInfo;
import io.alembic.bundle.RequestRecord;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

import java.util.ArrayList;
import java.util.List;

/**
 * Maps one request to its index document. Full text is not stored: the database keeps the verbatim record. Every
 * string goes in within {@link FieldLimits}; {@link #cuts} names the values that did not fit, from the same walk over
 * the fields, so what is reported as cut is exactly what was cut.
 */
public final class DocumentFactory {
    static final int PROMPT_HEAD_CHARS = 200;
    /** Positions but no stored text; offsets come from re-analysis when a snippet is built for a shown hit. */
    private static final FieldType TEXT_TYPE = new FieldType();

    static {
        TEXT_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        TEXT_TYPE.setTokenized(true);
        TEXT_TYPE.setStored(false);
        TEXT_TYPE.freeze();
    }

    private interface Strings {
        void keyword(String field, String value, boolean stored, boolean docValues);

        void text(String field, String value);
    }

    private DocumentFactory() { }

    public static Document create(long rowId, String bundleId, RequestRecord r) {
        Document d = new Document();
        d.add(new LongPoint(Fields.ROW, rowId));
        d.add(new NumericDocValuesField(Fields.ROW, rowId));
        strings(bundleId, r, new Strings() {
            @Override
            public void keyword(String field, String value, boolean stored, boolean docValues) {
                String v = FieldLimits.fit(value, FieldLimits.KEYWORD_MAX_BYTES);
                d.add(new StringField(field, v, stored ? Field.Store.YES : Field.Store.NO));
                if (docValues) d.add(new SortedDocValuesField(field, new BytesRef(v)));
            }

            @Override
            public void text(String field, String value) {
                d.add(new Field(field, FieldLimits.fit(value, FieldLimits.TEXT_MAX_BYTES), TEXT_TYPE));
            }
        });
        ClientInfo c = r.client();
        if (r.status() != null) {
            d.add(new LongPoint(Fields.STATUS, r.status()));
            d.add(new NumericDocValuesField(Fields.STATUS, r.status()));
        }
        if (c.asn() != null) d.add(new LongPoint(Fields.ASN, c.asn()));
        d.add(new LongPoint(Fields.TIME, r.timestampMs()));
        d.add(new NumericDocValuesField(Fields.TIME, r.timestampMs()));
        d.add(new LongPoint(Fields.INPUT_TOKENS, r.inputTokens()));
        d.add(new LongPoint(Fields.OUTPUT_TOKENS, r.outputTokens()));
        d.add(new LongPoint(Fields.REASONING_TOKENS, r.reasoningTokens()));
        String prompt = r.promptText();
        d.add(new StoredField(Fields.PROMPT_HEAD, prompt.substring(0, headEnd(prompt))));
        return d;
    }

    /** The values of {@code r} that {@link #create} indexes only in part, in field order; empty for nearly every record. */
    public static List<FieldLimits.Cut> cuts(String bundleId, RequestRecord r) {
        List<FieldLimits.Cut> out = new ArrayList<>(0);
        strings(bundleId, r, new Strings() {
            @Override
            public void keyword(String field, String value, boolean stored, boolean docValues) {
                check(field, value, FieldLimits.KEYWORD_MAX_BYTES);
            }

            @Override
            public void text(String field, String value) {
                check(field, value, FieldLimits.TEXT_MAX_BYTES);
            }

            private void check(String field, String value, int max) {
                if ((long) value.length() * 3 <= max) return;
                long bytes = FieldLimits.utf8Length(value);
                if (bytes > max) out.add(new FieldLimits.Cut(field, bytes, FieldLimits.utf8Length(FieldLimits.fit(value, max))));
            }
        });
        return out;
    }

    /** Every string field of the document, null and empty text values left out. */
    private static void strings(String bundleId, RequestRecord r, Strings s) {
        keyword(s, Fields.REQUEST_ID, r.requestId(), true, false);
        keyword(s, Fields.ACCOUNT, r.accountId(), true, true);
        keyword(s, Fields.ORG, r.orgId(), false, false);
        keyword(s, Fields.KEY, r.apiKeyId(), false, false);
        keyword(s, Fields.MODEL, r.model(), true, true);
        keyword(s, Fields.ENDPOINT, r.endpoint(), false, false);
        keyword(s, Fields.BUNDLE, bundleId, false, false);
        ClientInfo c = r.client();
        keyword(s, Fields.IP, c.ip(), false, false);
        keyword(s, Fields.AS_ORG, c.asOrg(), false, false);
        keyword(s, Fields.COUNTRY, c.country(), false, true);
        keyword(s, Fields.USER_AGENT, c.userAgent(), false, false);
        keyword(s, Fields.ROUTER, c.router(), false, true);
        for (String hop : c.forwardedFor()) keyword(s, Fields.FORWARDED_FOR, hop, false, false);
        keyword(s, Fields.FINISH_REASON, r.finishReason(), false, false);
        keyword(s, Fields.ERROR_TYPE, r.errorType(), false, false);
        text(s, Fields.PROMPT, r.promptText());
        text(s, Fields.SYSTEM, r.systemText());
        text(s, Fields.RESPONSE, r.responseContent());
        text(s, Fields.REASONING, r.reasoning());
    }

    private static void keyword(Strings s, String field, String value, boolean stored, boolean docValues) {
        if (value != null) s.keyword(field, value, stored, docValues);
    }

    private static void text(Strings s, String field, String value) {
        if (value != null && !value.isEmpty()) s.text(field, value);
    }

    /** End of the stored prompt head; one char short rather than half a surrogate pair. */
    private static int headEnd(String prompt) {
        if (prompt.length() <= PROMPT_HEAD_CHARS) return prompt.length();
        return Character.isHighSurrogate(prompt.charAt(PROMPT_HEAD_CHARS - 1)) ? PROMPT_HEAD_CHARS - 1 : PROMPT_HEAD_CHARS;
    }
}
