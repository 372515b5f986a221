package io.alembic.report.doc;

/**
 * One piece of an exhibit's content. The assembler builds the content once as blocks; the PDF and HTML renderers
 * only lay it out, so both files say the same thing.
 */
public sealed interface Block permits Heading, Para, Fields, Table, Figure, PageBreak {}
