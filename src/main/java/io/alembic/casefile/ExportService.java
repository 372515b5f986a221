package io.alembic.casefile;

import io.alembic.bundle.BadRecordException;
import io.alembic.bundle.RecordParser;
import io.alembic.bundle.RequestRecord;
import io.alembic.detect.DetectionReport;
import io.alembic.export.ExportContext;
import io.alembic.export.ExportFormat;
import io.alembic.export.ExportJob;
import io.alembic.export.ExportRecord;
import io.alembic.export.ExportRequest;
import io.alembic.export.ExportResult;
import io.alembic.export.ExportScope;
import io.alembic.index.CaseIndex;
import io.alembic.index.IndexFilters;
import io.alembic.store.BundleLabels;
import io.alembic.store.CaseDatabase;
import io.alembic.store.DetectionStore;
import io.alembic.store.RecordScan;
import io.alembic.store.TagDefStore;
import io.alembic.store.TagStore;
import io.alembic.store.Target;
import io.alembic.store.TargetStore;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves an export's scope to stored rows and streams them, parsed, into the export job. It reads through a
 * connection of its own: a long export then sees one consistent snapshot and never holds up the GUI's searches.
 */
final class ExportService {
    private final CaseFolder folder;
    private final CaseIndex index;

    ExportService(CaseFolder folder, CaseIndex index) {
        this.folder = folder;
        this.index = index;
    }

    ExportResult run(ExportRequest request, ImportListener listener, CancelToken cancel) throws IOException {
        try (CaseDatabase db = CaseDatabase.openReader(folder.database())) {
            Optional<String> reportJson = new DetectionStore(db).latestReport();
            DetectionReport report = reportJson.map(io.alembic.detect.ReportCodec::parse).orElse(null);
            String finishedAt = report == null ? null : new DetectionStore(db).runs().stream()
                    .reduce((a, b) -> b).map(DetectionStore.Run::finishedAt).orElse(null);
            Map<String, BundleLabels.Label> bundles = new BundleLabels(db).all();
            BundleLabels.Label first = bundles.values().stream().findFirst().orElse(null);
            ExportContext context = new ExportContext(first == null ? folder.root().getFileName().toString()
                    : first.caseReference() != null ? first.caseReference() : first.bundleId(),
                    first == null ? null : first.provider(), report, finishedAt);

            RecordScan scan = new RecordScan(db);
            RecordScan.Selection selection = select(request, context, db);
            long total = scan.count(selection);
            if (total == 0) throw new CaseException("nothing to export: the " + request.scope().describe() + " selects no records");
            listener.progress("Exporting", 0, total);
            ExportJob job = ExportJob.open(request, context);
            RecordParser parser = new RecordParser();
            long[] done = {0};
            try {
                scan.forEach(selection, (row, bundleKey, file, line, raw) -> {
                    RequestRecord r = parse(parser, raw, file, line);
                    BundleLabels.Label b = bundles.get(bundleKey);
                    try {
                        job.record(new ExportRecord(r, b == null ? bundleKey : b.bundleId(), file, line));
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    if (++done[0] % 2_000 == 0) {
                        if (cancel.isCancelled()) throw new Cancelled();
                        listener.progress("Exporting", done[0], total);
                    }
                });
                listener.progress("Writing", done[0], total);
                ExportResult result = job.finish();
                listener.progress("Done", done[0], total);
                return result;
            } catch (Cancelled c) {
                job.abort();
                throw new CaseException("export cancelled after " + done[0] + " of " + total + " records; no file written");
            } catch (java.io.UncheckedIOException e) {
                job.abort();
                throw e.getCause();
            } catch (IOException | RuntimeException e) {
                job.abort();
                throw e;
            }
        }
    }

    private RecordScan.Selection select(ExportRequest request, ExportContext context, CaseDatabase db) throws IOException {
        ExportScope scope = request.scope();
        return switch (scope.kind()) {
            case ALL -> {
                if (request.format() != ExportFormat.STIX) yield RecordScan.Selection.all();
                // indicators of the whole case are those of the accounts detection flagged, not of every customer
                if (!context.hasDetections()) {
                    throw new CaseException("a STIX export of the whole case covers the accounts detection flagged, and detection has not run: "
                            + "run detect first, or choose --account, --tag or --query");
                }
                List<String> flagged = context.flaggedAccounts();
                if (flagged.isEmpty()) throw new CaseException("detection flagged no accounts: choose --account, --tag or --query for a STIX export");
                yield RecordScan.Selection.accounts(flagged);
            }
            case ACCOUNTS -> {
                List<String> unknown = new ArrayList<>();
                TargetStore targets = new TargetStore(db);
                for (String a : scope.values()) if (!targets.exists(Target.account(a))) unknown.add(a);
                if (!unknown.isEmpty()) throw new CaseException("no account " + String.join(", ", unknown) + " in this case");
                yield RecordScan.Selection.accounts(scope.values().stream().distinct().toList());
            }
            case TAG -> {
                if (new TagDefStore(db).find(scope.value()).isEmpty()) throw new CaseException("no tag \"" + scope.value() + "\" in this case (see 'tags')");
                yield RecordScan.Selection.tag(scope.value());
            }
            case QUERY -> {
                if (scope.value().isBlank()) throw new CaseException("an export by query needs a query (use * to mean every record)");
                long[] rows = index.search(new CaseTagResolver(new TagDefStore(db), new TagStore(db))).rowIds(scope.value(), IndexFilters.NONE);
                yield RecordScan.Selection.rows(rows);
            }
        };
    }

    private static RequestRecord parse(RecordParser parser, byte[] raw, String file, long line) {
        try {
            return parser.parse(raw, raw.length);
        } catch (BadRecordException e) {
            // import parsed this very line; failing here means the store was altered, which verify names
            throw new CaseException("stored record " + file + " line " + line + " no longer parses: " + e.getMessage() + " (run verify)");
        }
    }

    private static final class Cancelled extends RuntimeException {
        Cancelled() { super(null, null, false, false); }
    }
}
