package io.alembic.export;

import io.alembic.bundle.ClientInfo;
import io.alembic.bundle.RequestRecord;
import io.alembic.bundle.Timestamps;
import io.alembic.detect.AccountResult;
import io.alembic.detect.Finding;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Records as one CSV file (RFC 4180: quoted where needed, embedded newlines kept inside quotes, CRLF between rows,
 * UTF-8) and the findings of their accounts as a second file beside it ({@code NAME.findings.csv}). Text cells are
 * guarded against formula injection ({@link CellGuard}); the bundle file and line of every record lead back to the
 * evidence, which holds the text unchanged.
 */
final class CsvExport implements ExportJob {
    static final String[] RECORD_COLUMNS = {"request_id", "timestamp", "account_id", "org_id", "api_key_id", "endpoint", "model",
            "ip", "asn", "as_org", "country", "user_agent", "router", "forwarded_for", "status", "finish_reason", "error_type",
            "input_tokens", "output_tokens", "reasoning_tokens", "latency_ms", "system", "prompt", "response", "reasoning",
            "account_score", "account_flagged", "cited_by", "bundle_id", "file", "line"};
    static final String[] FINDING_COLUMNS = {"account_id", "account_score", "account_flagged", "cluster", "detector", "rule_version",
            "score", "explanation", "evidence_count", "evidence_sample"};

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().get();

    private final ExportRequest request;
    private final ExportContext context;
    private final HashedOutput recordsOut;
    private final HashedOutput findingsOut;
    private final CSVPrinter records;
    private final Set<String> accounts = new HashSet<>();
    private long count;

    CsvExport(ExportRequest request, ExportContext context) throws IOException {
        this.request = request;
        this.context = context;
        this.recordsOut = new HashedOutput(request.out());
        HashedOutput f;
        try {
            f = new HashedOutput(findingsPath(request.out()));
        } catch (IOException e) {
            recordsOut.abort();
            throw e;
        }
        this.findingsOut = f;
        this.records = new CSVPrinter(new OutputStreamWriter(recordsOut.stream(), StandardCharsets.UTF_8), FORMAT);
        records.printRecord((Object[]) RECORD_COLUMNS);
    }

    /** records.csv → records.findings.csv; a name without .csv gets .findings.csv appended. */
    static Path findingsPath(Path out) {
        String name = out.getFileName().toString();
        String base = name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
        return out.resolveSibling(base + ".findings.csv");
    }

    @Override
    public void record(ExportRecord e) throws IOException {
        RequestRecord r = e.record();
        ClientInfo c = r.client();
        AccountResult a = context.account(r.accountId());
        accounts.add(r.accountId());
        count++;
        records.printRecord(
                text(r.requestId()), Timestamps.format(r.timestampMs()), text(r.accountId()), text(r.orgId()), text(r.apiKeyId()),
                text(r.endpoint()), text(r.model()), text(c.ip()), c.asn(), text(c.asOrg()), text(c.country()), text(c.userAgent()),
                text(c.router()), text(String.join(" ", c.forwardedFor())), r.status(), text(r.finishReason()), text(r.errorType()),
                r.inputTokens(), r.outputTokens(), r.reasoningTokens(), r.latencyMs(),
                text(r.systemText()), text(r.promptText()), text(r.responseContent()), text(r.reasoning()),
                a == null ? null : Scores.round(a.score()), a == null ? null : a.flagged(),
                String.join(" ", context.citedBy(r.requestId())), text(e.bundleId()), text(e.file()), e.line());
    }

    @Override
    public ExportResult finish() throws IOException {
        long findings = 0;
        try (CSVPrinter f = new CSVPrinter(new OutputStreamWriter(findingsOut.stream(), StandardCharsets.UTF_8), FORMAT)) {
            f.printRecord((Object[]) FINDING_COLUMNS);
            for (AccountResult a : FindingsRows.of(context, accounts)) {
                for (Finding x : a.findings()) {
                    findings++;
                    f.printRecord(text(a.accountId()), Scores.round(a.score()), a.flagged(), text(a.cluster()), text(x.detector()),
                            text(x.ruleVersion()), Scores.round(x.score()), text(x.explanation()), x.evidenceCount(),
                            String.join(" ", x.evidenceSample()));
                }
            }
        }
        records.close();
        List<ExportedFile> files = new ArrayList<>();
        files.add(recordsOut.commit());
        files.add(findingsOut.commit());
        return new ExportResult(request, files, count, accounts.size(), findings, 0);
    }

    @Override
    public void abort() {
        recordsOut.abort();
        findingsOut.abort();
    }

    private static String text(String s) { return CellGuard.text(s); }
}
