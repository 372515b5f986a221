package io.alembic.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.alembic.bundle.RequestRecord;
import io.alembic.bundle.Timestamps;
import io.alembic.detect.AccountResult;
import io.alembic.detect.Finding;
import io.alembic.detect.cluster.Cluster;
import io.alembic.detect.cluster.Link;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Records and findings as one JSON document, streamed: each record is written as it arrives and then forgotten, so a
 * case of millions of records exports in constant memory. Every record carries its verbatim line from the evidence
 * ("record"), unchanged, beside the fields an analyst filters on.
 */
final class JsonExport implements ExportJob {
    static final String FORMAT = "alembic-export";
    static final int VERSION = 1;

    private final ExportRequest request;
    private final ExportContext context;
    private final HashedOutput out;
    private final JsonGenerator g;
    private final Set<String> accounts = new HashSet<>();
    private long count;

    JsonExport(ExportRequest request, ExportContext context) throws IOException {
        this.request = request;
        this.context = context;
        this.out = new HashedOutput(request.out());
        this.g = new JsonFactory().createGenerator(out.stream(), JsonEncoding.UTF8);
        g.writeStartObject();
        g.writeObjectFieldStart("export");
        g.writeStringField("format", FORMAT);
        g.writeNumberField("version", VERSION);
        g.writeStringField("case_reference", context.caseReference());
        g.writeObjectFieldStart("scope");
        g.writeStringField("kind", request.scope().kind().name().toLowerCase(java.util.Locale.ROOT));
        g.writeArrayFieldStart("values");
        for (String v : request.scope().values()) g.writeString(v);
        g.writeEndArray();
        g.writeEndObject();
        g.writeStringField("rules_version", context.rulesVersion());
        g.writeStringField("detection_finished_at", context.detectionFinishedAt());
        g.writeEndObject();
        g.writeArrayFieldStart("records");
    }

    @Override
    public void record(ExportRecord e) throws IOException {
        RequestRecord r = e.record();
        accounts.add(r.accountId());
        count++;
        g.writeStartObject();
        g.writeStringField("request_id", r.requestId());
        g.writeStringField("timestamp", Timestamps.format(r.timestampMs()));
        g.writeStringField("account_id", r.accountId());
        g.writeStringField("api_key_id", r.apiKeyId());
        g.writeStringField("model", r.model());
        g.writeStringField("prompt", r.promptText());
        g.writeArrayFieldStart("cited_by");
        for (String d : context.citedBy(r.requestId())) g.writeString(d);
        g.writeEndArray();
        g.writeObjectFieldStart("source");
        g.writeStringField("bundle_id", e.bundleId());
        g.writeStringField("file", e.file());
        g.writeNumberField("line", e.line());
        g.writeEndObject();
        g.writeFieldName("record");
        g.writeRawValue(r.rawJson());
        g.writeEndObject();
    }

    @Override
    public ExportResult finish() throws IOException {
        g.writeEndArray();
        List<AccountResult> scored = FindingsRows.of(context, accounts);
        long findings = 0;
        g.writeArrayFieldStart("findings");
        for (AccountResult a : scored) {
            g.writeStartObject();
            g.writeStringField("account_id", a.accountId());
            g.writeNumberField("score", Scores.round(a.score()));
            g.writeBooleanField("flagged", a.flagged());
            g.writeStringField("cluster", a.cluster());
            g.writeArrayFieldStart("findings");
            for (Finding f : a.findings()) {
                findings++;
                g.writeStartObject();
                g.writeStringField("detector", f.detector());
                g.writeStringField("rule_version", f.ruleVersion());
                g.writeNumberField("score", Scores.round(f.score()));
                g.writeStringField("explanation", f.explanation());
                g.writeArrayFieldStart("evidence");
                for (String id : f.evidenceSample()) g.writeString(id);
                g.writeEndArray();
                g.writeNumberField("evidence_count", f.evidenceCount());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("clusters");
        for (Map.Entry<String, Cluster> e : context.clustersOf(accounts).entrySet()) writeCluster(e.getValue());
        g.writeEndArray();
        g.writeObjectFieldStart("counts");
        g.writeNumberField("records", count);
        g.writeNumberField("accounts", accounts.size());
        g.writeNumberField("findings", findings);
        g.writeEndObject();
        g.writeEndObject();
        g.close();
        return new ExportResult(request, List.of(out.commit()), count, accounts.size(), findings, 0);
    }

    private void writeCluster(Cluster c) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", c.id());
        g.writeNumberField("score", Scores.round(c.score()));
        g.writeBooleanField("flagged", c.flagged());
        g.writeArrayFieldStart("reasons");
        for (String r : c.reasons()) g.writeString(r);
        g.writeEndArray();
        g.writeArrayFieldStart("accounts");
        for (String a : c.accounts()) g.writeString(a);
        g.writeEndArray();
        g.writeArrayFieldStart("links");
        for (Link l : c.links()) {
            g.writeStartObject();
            g.writeStringField("kind", l.kind());
            g.writeStringField("value", l.value());
            g.writeNumberField("strength", Scores.round(l.strength()));
            g.writeArrayFieldStart("accounts");
            for (String a : l.accounts()) g.writeString(a);
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    @Override
    public void abort() {
        try {
            g.close();
        } catch (IOException | RuntimeException ignored) {
            // the partial file is dropped either way
        }
        out.abort();
    }
}
