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

/** Maps one request to its index document. Full text is not stored: the database keeps the verbatim record. */
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

    public static Document create(long rowId, String bundleId, RequestRecord r) {
        Document d = new Document();
        d.add(new LongPoint(Fields.ROW, rowId));
        d.add(new NumericDocValuesField(Fields.ROW, rowId));
        keyword(d, Fields.REQUEST_ID, r.requestId(), true, false);
        keyword(d, Fields.ACCOUNT, r.accountId(), true, true);
        keyword(d, Fields.ORG, r.orgId(), false, false);
        keyword(d, Fields.KEY, r.apiKeyId(), false, false);
        keyword(d, Fields.MODEL, r.model(), true, true);
        keyword(d, Fields.ENDPOINT, r.endpoint(), false, false);
        keyword(d, Fields.BUNDLE, bundleId, false, false);
        ClientInfo c = r.client();
        keyword(d, Fields.IP, c.ip(), false, false);
        keyword(d, Fields.AS_ORG, c.asOrg(), false, false);
        keyword(d, Fields.COUNTRY, c.country(), false, true);
        keyword(d, Fields.USER_AGENT, c.userAgent(), false, false);
        keyword(d, Fields.ROUTER, c.router(), false, true);
        for (String hop : c.forwardedFor()) keyword(d, Fields.FORWARDED_FOR, hop, false, false);
        keyword(d, Fields.FINISH_REASON, r.finishReason(), false, false);
        keyword(d, Fields.ERROR_TYPE, r.errorType(), false, false);
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
        text(d, Fields.PROMPT, prompt);
        text(d, Fields.SYSTEM, r.systemText());
        text(d, Fields.RESPONSE, r.responseContent());
        text(d, Fields.REASONING, r.reasoning());
        d.add(new StoredField(Fields.PROMPT_HEAD, prompt.length() > PROMPT_HEAD_CHARS ? prompt.substring(0, PROMPT_HEAD_CHARS) : prompt));
        return d;
    }

    private static void keyword(Document d, String field, String value, boolean stored, boolean docValues) {
        if (value == null) return;
        d.add(new StringField(field, value, stored ? Field.Store.YES : Field.Store.NO));
        if (docValues) d.add(new SortedDocValuesField(field, new BytesRef(value)));
    }

    private static void text(Document d, String field, String value) {
        if (value != null && !value.isEmpty()) d.add(new Field(field, value, TEXT_TYPE));
    }
}
