package io.alembic.index;

import java.io.IOException;

/**
 * The index refused one document and is otherwise unharmed (Lucene drops the document, the writer goes on): the
 * importer quarantines that record instead of failing the import. The message is the reason shown to the analyst.
 */
public final class DocumentRejectedException extends IOException {
    public DocumentRejectedException(String reason, Throwable cause) { super(reason, cause); }
}
