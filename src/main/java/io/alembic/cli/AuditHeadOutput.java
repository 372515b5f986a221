package io.alembic.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.alembic.casefile.AuditHead;

import java.io.PrintWriter;

/**
 * How every command that changes a case reports the audit head it left: {@code "audit_head"} in JSON, one line in
 * text. Printing it each time lets the analyst (or an auditor) note it outside the case for {@code verify --expect-head}.
 */
final class AuditHeadOutput {
    private AuditHeadOutput() { }

    static ObjectNode json(ObjectNode doc, AuditHead head) {
        ObjectNode h = doc.putObject("audit_head");
        h.put("seq", head.seq());
        h.put("hash", head.hash());
        return doc;
    }

    static void text(PrintWriter out, AuditHead head) {
        out.println("audit head: " + head);
        out.flush();
    }

    /** The JSON document with the head added, or the text line after what the command printed. */
    static void print(PrintWriter out, boolean json, ObjectNode doc, AuditHead head) {
        if (json) Json.print(out, json(doc, head));
        else text(out, head);
    }
}
