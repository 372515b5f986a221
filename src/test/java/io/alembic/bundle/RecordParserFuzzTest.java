package io.alembic.bundle;

import io.alembic.index.DocumentFactory;
import io.alembic.index.FieldLimits;
import io.alembic.testutil.HostileJson;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whatever a line holds, the parser either makes a record or refuses the line with a reason, and a record it makes
 * always becomes an index document within Lucene's limits. Nothing else may come out.
 */
class RecordParserFuzzTest {
    @Provide
    Arbitrary<byte[]> lines() {
        return HostileJson.line("h-1");
    }

    @Property(tries = 600, edgeCases = EdgeCasesMode.MIXIN)
    void everyLineIsARecordOrARefusalWithAReason(@ForAll("lines") byte[] line) {
        RequestRecord r;
        try {
            r = new RecordParser().parse(line, line.length);
        } catch (BadRecordException e) {
            assertNotNull(e.getMessage());
            assertFalse(e.getMessage().isBlank());
            assertTrue(e.getMessage().length() < 2_000, "a reason quotes at most a little of the line: " + e.getMessage().length());
            return;
        }
        assertFalse(r.requestId().isBlank());
        Document d = DocumentFactory.create(1, "B", r);
        for (IndexableField f : d.getFields()) {
            BytesRef b = f.binaryValue();
            if (b != null) assertTrue(b.length <= FieldLimits.KEYWORD_MAX_BYTES, f.name());
            if (f.stringValue() != null && f.fieldType().tokenized()) {
                assertTrue(f.stringValue().length() <= FieldLimits.TEXT_MAX_BYTES, f.name());
            } else if (f.stringValue() != null && f.fieldType().indexOptions() != org.apache.lucene.index.IndexOptions.NONE) {
                assertTrue(new BytesRef(f.stringValue()).length <= FieldLimits.KEYWORD_MAX_BYTES, f.name());
            }
        }
        DocumentFactory.cuts("B", r);
    }
}
