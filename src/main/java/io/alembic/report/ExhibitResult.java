package io.alembic.report;

import io.alembic.casefile.AuditHead;

import java.nio.file.Path;

/**
 * A made exhibit: its id, the PDF (and HTML, or null) kept in the case's exhibits/ folder and their SHA-256, the copies
 * written where asked, the head it states and the audit head after its report_made entry.
 */
public record ExhibitResult(String exhibitId, String title, int pages, Path pdf, String pdfSha256, Path html, String htmlSha256,
                            Path pdfCopy, Path htmlCopy, AuditHead statedHead, AuditHead auditHead) {}
