package io.alembic.casefile;

import com.fasterxml.jackson.databind.JsonNode;
import io.alembic.bundle.LineReader;
import io.alembic.bundle.Sha256;
import io.alembic.store.BundleStore;
import io.alembic.store.RecordInventory;
import io.alembic.store.RequestStore;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Recomputes, per bundle file, the number of stored records and the digest of their verbatim lines, and holds them
 * against what the import recorded in the audit log. Where a file differs, its evidence copy is read line by line
 * to name the rows: deleted (a line with no row), edited (a row that is not its line) or added (a row with no line).
 */
final class StoreCheck {
    /** At most this many rows are named per file; a larger tamper is summed up in one more problem. */
    static final int NAMED_PER_FILE = 25;
    static final String ACTION = "import_completed";
    static final String STORED = "stored";

    /** One requests file as recorded at import and as stored now. */
    record FileDigest(String bundleId, String path, long expectedRecords, String expectedDigest, long records, String digest) {
        boolean ok() { return expectedRecords == records && expectedDigest.equals(digest); }
    }

    private final CaseFolder folder;
    private final BundleStore bundles;
    private final RecordInventory inventory;
    private final RequestStore requests;

    StoreCheck(CaseFolder folder, BundleStore bundles, RecordInventory inventory, RequestStore requests) {
        this.folder = folder;
        this.bundles = bundles;
        this.inventory = inventory;
        this.requests = requests;
    }

    /** What an import records in its audit entry: per requests file, rows stored and the digest of their lines. */
    static List<Map<String, Object>> recordAtImport(RecordInventory inventory, String bundleKey) {
        List<Map<String, Object>> out = new ArrayList<>();
        inventory.perFile(bundleKey).forEach((k, s) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("path", k.file());
            m.put("records", s.records());
            m.put("lines_digest", s.linesDigest());
            out.add(m);
        });
        return out;
    }

    List<FileDigest> check(List<AuditEntry> audit, List<IntegrityProblem> problems, List<IntegrityWarning> warnings) throws IOException {
        Map<String, BundleStore.BundleRow> byKey = new LinkedHashMap<>();
        for (BundleStore.BundleRow b : bundles.bundles()) byKey.put(b.bundleKey(), b);
        Map<RecordInventory.FileKey, RecordInventory.Summary> expected = new HashMap<>();
        Set<String> digested = new java.util.HashSet<>();
        for (AuditEntry e : audit) {
            if (!ACTION.equals(e.action()) || !e.details().has(STORED)) continue;
            String key = e.details().path("bundle_key").asText();
            digested.add(key);
            for (JsonNode f : e.details().get(STORED)) {
                expected.put(new RecordInventory.FileKey(key, f.path("path").asText()),
                        new RecordInventory.Summary(f.path("records").asLong(), f.path("lines_digest").asText()));
            }
        }
        for (BundleStore.BundleRow b : byKey.values()) {
            if (b.complete() && !digested.contains(b.bundleKey())) {
                warnings.add(new IntegrityWarning("no_store_digest", "bundle " + b.bundleId(),
                        "imported before store digests were recorded: its rows in case.db cannot be checked against the import"));
            }
        }
        Map<RecordInventory.FileKey, RecordInventory.Summary> actual = inventory.perFile(null);
        List<FileDigest> out = new ArrayList<>();
        for (Map.Entry<RecordInventory.FileKey, RecordInventory.Summary> x : new java.util.TreeMap<>(expected).entrySet()) {
            RecordInventory.FileKey k = x.getKey();
            RecordInventory.Summary now = actual.getOrDefault(k, new RecordInventory.Summary(0, new io.alembic.bundle.LineSetDigest().hex()));
            BundleStore.BundleRow b = byKey.get(k.bundleKey());
            String bundleId = b == null ? k.bundleKey() : b.bundleId();
            FileDigest d = new FileDigest(bundleId, k.file(), x.getValue().records(), x.getValue().linesDigest(), now.records(), now.linesDigest());
            out.add(d);
            if (d.ok()) continue;
            problems.add(new IntegrityProblem("store_records_changed", "case.db requests from " + bundleId + "/" + k.file(),
                    d.expectedRecords() + " records, lines digest " + d.expectedDigest() + " (recorded at import)",
                    d.records() + " records, lines digest " + d.digest()));
            if (b != null) nameRows(b, k.file(), problems);
        }
        for (Map.Entry<RecordInventory.FileKey, RecordInventory.Summary> x : actual.entrySet()) {
            RecordInventory.FileKey k = x.getKey();
            boolean known = byKey.containsKey(k.bundleKey());
            if (expected.containsKey(k) || (known && !digested.contains(k.bundleKey()))) continue;
            String where = known ? byKey.get(k.bundleKey()).bundleId() + "/" + k.file() : "unknown bundle " + k.bundleKey() + ", file " + k.file();
            problems.add(new IntegrityProblem("store_records_unaccounted", "case.db requests from " + where,
                    "no records (no import recorded any)", x.getValue().records() + " records"));
            List<IntegrityProblem> named = new ArrayList<>();
            inventory.rowsOf(k.bundleKey(), k.file(), (row, id, line, raw) -> {
                if (named.size() < NAMED_PER_FILE) named.add(added(row, id, k.file(), line));
            });
            problems.addAll(named);
        }
        return out;
    }

    /** Reads the file's evidence copy and compares it with its rows line by line. */
    private void nameRows(BundleStore.BundleRow b, String file, List<IntegrityProblem> problems) throws IOException {
        Map<Long, List<StoredLine>> rowsByLine = new HashMap<>();
        inventory.rowsOf(b.bundleKey(), file, (row, id, line, raw) ->
                rowsByLine.computeIfAbsent(line, l -> new ArrayList<>()).add(new StoredLine(row, id, raw == null ? null : Sha256.of(raw))));
        Set<Long> quarantined = inventory.quarantinedLines(b.bundleKey(), file);
        Path copy = folder.root().resolve(b.evidenceDir()).resolve(file);
        List<IntegrityProblem> named = new ArrayList<>();
        long[] more = {0};
        java.util.function.Consumer<IntegrityProblem> name = p -> {
            if (named.size() < NAMED_PER_FILE) named.add(p); else more[0]++;
        };
        if (Files.isRegularFile(copy)) {
            try (LineReader in = new LineReader(copy)) {
                while (in.next()) {
                    if (in.isBlank()) continue;
                    long n = in.lineNumber();
                    String text = new String(in.bytes(), 0, in.length(), StandardCharsets.UTF_8);
                    String sha = Sha256.of(text.getBytes(StandardCharsets.UTF_8));
                    List<StoredLine> rows = rowsByLine.remove(n);
                    if (rows == null) {
                        if (!quarantined.contains(n) && !storedElsewhere(text)) {
                            name.accept(new IntegrityProblem("record_deleted", b.bundleId() + "/" + file + " line " + n
                                    + requestIdOf(text), "a row in case.db requests", "no row"));
                        }
                        continue;
                    }
                    for (StoredLine r : rows) {
                        if (sha.equals(r.sha())) continue;
                        name.accept(new IntegrityProblem("record_edited", "case.db row " + r.row() + " (request_id " + r.requestId()
                                + ", " + file + " line " + n + ")", "the evidence line, sha256 " + sha,
                                r.sha() == null ? "no verbatim line" : "a line with sha256 " + r.sha()));
                    }
                }
            }
        }
        rowsByLine.forEach((line, rows) -> rows.forEach(r -> name.accept(added(r.row(), r.requestId(), file, line))));
        problems.addAll(named);
        if (more[0] > 0) {
            problems.add(new IntegrityProblem("store_records_changed", "case.db requests from " + b.bundleId() + "/" + file,
                    "every row named", more[0] + " more changed rows not listed"));
        }
    }

    private static IntegrityProblem added(long row, String requestId, String file, long line) {
        return new IntegrityProblem("record_added", "case.db row " + row + " (request_id " + requestId + ", claims " + file + " line " + line + ")",
                "no such row (the evidence has no such line)", "a row");
    }

    /** A byte-identical repeat of a request stored from another line counts once, so its line has no row of its own. */
    private boolean storedElsewhere(String line) {
        String id = requestIdValue(line);
        return id != null && requests.byRequestId(id).map(r -> r.rawJson().equals(line)).orElse(false);
    }

    private static String requestIdOf(String line) {
        String id = requestIdValue(line);
        return id == null ? "" : " (request_id " + id + ")";
    }

    private static String requestIdValue(String line) {
        try {
            return AuditLog.MAPPER.readTree(line).path("request_id").asText(null);
        } catch (IOException e) {
            return null;
        }
    }

    private record StoredLine(long row, String requestId, String sha) {}
}
