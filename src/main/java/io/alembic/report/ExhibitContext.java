package io.alembic.report;

import io.alembic.casefile.AuditEntry;
import io.alembic.casefile.AuditHead;
import io.alembic.casefile.AuditTrail;
import io.alembic.casefile.Case;
import io.alembic.casefile.CaseBundle;
import io.alembic.casefile.DetectionOrigin;
import io.alembic.detect.AccountResult;
import io.alembic.detect.DetectionReport;
import io.alembic.store.AccountSummary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What an exhibit is made from, read from the case once: the detection results, the audit trail and the head of the
 * content, the bundles, the covered accounts; and the exhibit's id and time.
 *
 * <p>The head an exhibit states is that of the newest entry that changed the case. Entries that only read it
 * ({@code report_made}, {@code case_verified}) are passed over, so making the same exhibit again states the same head,
 * and with a fixed time gives the same bytes.
 */
record ExhibitContext(Case kase, ExhibitRequest request, Optional<DetectionReport> report, Optional<DetectionOrigin> origin,
                      AuditTrail trail, AuditEntry contentHead, Optional<AuditEntry> detectionEntry, List<CaseBundle> bundles,
                      Map<String, AccountSummary> accounts, Subjects subjects, String exhibitId, Instant madeAt, String user) {
    static final Set<String> READ_ONLY_ACTIONS = Set.of("report_made", "case_verified");

    static ExhibitContext read(Case c, ExhibitRequest r) throws IOException {
        Optional<DetectionReport> report = c.detections();
        AuditTrail trail = c.auditTrail();
        AuditEntry head = trail.entries().stream().filter(e -> !READ_ONLY_ACTIONS.contains(e.action()))
                .reduce((a, b) -> b).orElseThrow(() -> new io.alembic.casefile.CaseException("the case's audit log is empty"));
        Optional<AuditEntry> detection = trail.entries().stream()
                .filter(e -> e.seq() <= head.seq() && (e.action().equals("detection_run") || e.action().equals("detection_imported")))
                .reduce((a, b) -> b);
        List<AccountSummary> known = c.accounts();
        Subjects subjects = Subjects.resolve(c, r, report, known);
        Instant madeAt = r.fixedTime() != null ? r.fixedTime() : Instant.now();
        String user = System.getProperty("user.name", "unknown");
        String id = exhibitId(r, head.head(), madeAt);
        return new ExhibitContext(c, r, report, c.detectionOrigin(), trail, head, detection, c.bundles(),
                known.stream().collect(Collectors.toMap(AccountSummary::accountId, Function.identity())), subjects, id, madeAt, user);
    }

    /** EX-yyyyMMdd-XXXXXXXXXX: the day it was made and a digest of what it shows as of which head, and when. */
    static String exhibitId(ExhibitRequest r, AuditHead head, Instant madeAt) {
        String basis = r.scope().code() + "\n" + String.join("\n", r.values()) + "\n" + (r.title() == null ? "" : r.title())
                + "\n" + head + "\n" + madeAt;
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(basis.getBytes(StandardCharsets.UTF_8));
            return "EX-" + madeAt.toString().substring(0, 10).replace("-", "") + "-" + HexFormat.of().formatHex(d).substring(0, 10).toUpperCase(java.util.Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    Optional<AccountResult> result(String accountId) {
        return report.flatMap(r -> r.accounts().stream().filter(a -> a.accountId().equals(accountId)).findFirst());
    }

    String title() {
        return request.title() != null && !request.title().isBlank() ? request.title() : "Exhibit: " + request.describe();
    }
}
