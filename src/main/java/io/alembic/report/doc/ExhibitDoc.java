package io.alembic.report.doc;

import java.util.List;

/**
 * An exhibit's whole content: its id (footed on every page), title, the time it states it was made, the PDF
 * document-info fields, and the blocks in reading order.
 */
public record ExhibitDoc(String id, String title, String author, java.time.Instant madeAt, List<Block> blocks) {
    public ExhibitDoc { blocks = List.copyOf(blocks); }
}
