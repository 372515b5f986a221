package io.alembic.casefile;

import com.fasterxml.jackson.databind.JsonNode;
import io.alembic.bundle.Sha256;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Holds every file in exhibits/ against the SHA-256 its {@code report_made} audit entry recorded. The audit chain is
 * what vouches for the recorded hash, so an exhibit edited after it was made, one slipped into the folder without an
 * entry, and one the log says was made but is gone are all named.
 */
final class ExhibitCheck {
    static final String ACTION = "report_made";

    private ExhibitCheck() { }

    static List<CaseVerification.ExhibitResult> check(Path exhibitsDir, List<AuditEntry> audit, List<IntegrityProblem> problems)
            throws IOException {
        Map<String, Recorded> recorded = recorded(audit);
        List<CaseVerification.ExhibitResult> out = new ArrayList<>();
        Map<String, Path> present = new TreeMap<>();
        if (Files.isDirectory(exhibitsDir)) {
            try (Stream<Path> s = Files.list(exhibitsDir)) {
                s.filter(Files::isRegularFile).forEach(p -> present.put(p.getFileName().toString(), p));
            }
        }
        for (Map.Entry<String, Path> e : present.entrySet()) {
            String name = e.getKey();
            String where = "exhibits/" + name;
            String actual = Sha256.of(e.getValue());
            Recorded r = recorded.get(name);
            if (r == null) {
                out.add(new CaseVerification.ExhibitResult(name, null, actual, false));
                problems.add(new IntegrityProblem("exhibit_unrecorded", where, "a report_made audit entry for it", "sha256 " + actual + " and no entry"));
                continue;
            }
            boolean ok = actual.equals(r.sha256());
            out.add(new CaseVerification.ExhibitResult(name, r.sha256(), actual, ok));
            if (!ok) {
                problems.add(new IntegrityProblem("exhibit_altered", where,
                        "sha256 " + r.sha256() + " (recorded by audit seq " + r.seq() + ")", "sha256 " + actual));
            }
        }
        for (Map.Entry<String, Recorded> e : recorded.entrySet()) {
            if (present.containsKey(e.getKey())) continue;
            out.add(new CaseVerification.ExhibitResult(e.getKey(), e.getValue().sha256(), null, false));
            problems.add(new IntegrityProblem("exhibit_missing", "exhibits/" + e.getKey(),
                    "sha256 " + e.getValue().sha256() + " (recorded by audit seq " + e.getValue().seq() + ")", "no file"));
        }
        return out;
    }

    /** The newest entry per file name wins: remaking an exhibit with --fixed-time rewrites the same name. */
    private static Map<String, Recorded> recorded(List<AuditEntry> audit) {
        Map<String, Recorded> m = new TreeMap<>();
        for (AuditEntry e : audit) {
            if (!ACTION.equals(e.action()) || e.details() == null) continue;
            for (JsonNode f : e.details().path("files")) {
                String name = f.path("file").asText("");
                if (!name.isEmpty()) m.put(name, new Recorded(f.path("sha256").asText(""), e.seq()));
            }
        }
        return m;
    }

    private record Recorded(String sha256, long seq) {}
}
