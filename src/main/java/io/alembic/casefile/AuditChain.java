package io.alembic.casefile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the audit log back and checks its hash chain, naming each broken place: an entry whose content no longer
 * gives its hash, an entry missing before a line, entries out of order, an entry rewritten with a fresh hash.
 */
final class AuditChain {
    static final String LOG_NAME = "audit.log.jsonl";

    /** The entries that could be read, the chain's problems, and its newest entry. */
    record Result(List<AuditEntry> entries, List<IntegrityProblem> problems) {
        AuditHead head() {
            return entries.isEmpty() ? new AuditHead(0, AuditLog.GENESIS) : entries.get(entries.size() - 1).head();
        }

        long lastSeq() { return entries.isEmpty() ? 0 : entries.get(entries.size() - 1).seq(); }
    }

    private AuditChain() { }

    static Result read(Path file) throws IOException {
        List<AuditEntry> entries = new ArrayList<>();
        List<IntegrityProblem> problems = new ArrayList<>();
        if (!Files.exists(file)) {
            problems.add(new IntegrityProblem("audit_log_missing", LOG_NAME, "the case's audit log", "no file"));
            return new Result(entries, problems);
        }
        long lineNo = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.isBlank()) continue;
            ObjectNode n;
            try {
                n = (ObjectNode) AuditLog.MAPPER.readTree(line);
            } catch (IOException | ClassCastException e) {
                problems.add(new IntegrityProblem("audit_entry_unreadable", where(lineNo, -1), "one JSON object", "unreadable text"));
                continue;
            }
            String hash = n.path("hash").asText();
            n.remove("hash");
            AuditEntry e = new AuditEntry(lineNo, n.path("seq").asLong(), n.path("at").asText(null), n.path("user").asText(null),
                    n.path("action").asText(""), n.path("details"), n.path("prev").asText(), hash, n.path("anchored").asBoolean(false));
            String actual = AuditLog.hashOf(n);
            if (!actual.equals(hash)) {
                problems.add(new IntegrityProblem("audit_entry_altered", where(lineNo, e.seq()) + " (" + e.action() + ")",
                        "content hashing to " + hash, "content hashing to " + actual));
            }
            entries.add(e);
        }
        links(entries, problems);
        return new Result(entries, problems);
    }

    /** Each entry must follow the line before it; where not, say whether an entry went missing, moved or was rewritten. */
    private static void links(List<AuditEntry> entries, List<IntegrityProblem> problems) {
        Map<String, AuditEntry> byHash = new HashMap<>();
        for (AuditEntry e : entries) byHash.put(e.hash(), e);
        AuditEntry before = null;
        for (AuditEntry e : entries) {
            String expectedPrev = before == null ? AuditLog.GENESIS : before.hash();
            long expectedSeq = before == null ? 1 : before.seq() + 1;
            if (e.prev().equals(expectedPrev) && e.seq() == expectedSeq) {
                before = e;
                continue;
            }
            AuditEntry predecessor = byHash.get(e.prev());
            if (predecessor != null && predecessor != before) {
                problems.add(new IntegrityProblem("audit_entries_reordered", where(e.line(), e.seq()),
                        "to follow seq " + predecessor.seq() + " (line " + predecessor.line() + ")",
                        before == null ? "first in the log" : "after seq " + before.seq() + " (line " + before.line() + ")"));
            } else if (before != null && e.seq() == expectedSeq) {
                problems.add(new IntegrityProblem("audit_entry_rewritten", where(before.line(), before.seq()) + " (" + before.action() + ")",
                        "hash " + e.prev() + " (as the next entry records it)", "hash " + before.hash()));
            } else if (e.seq() > expectedSeq) {
                problems.add(new IntegrityProblem("audit_entry_missing", LOG_NAME + " before line " + e.line(),
                        expectedSeq == e.seq() - 1 ? "seq " + expectedSeq : "seq " + expectedSeq + " to " + (e.seq() - 1),
                        "next entry is seq " + e.seq()));
            } else {
                problems.add(new IntegrityProblem("audit_link_broken", where(e.line(), e.seq()),
                        "seq " + expectedSeq + " after hash " + expectedPrev, "seq " + e.seq() + " after hash " + e.prev()));
            }
            before = e;
        }
    }

    static String where(long line, long seq) { return LOG_NAME + " line " + line + (seq >= 0 ? " (seq " + seq + ")" : ""); }
}
