package io.alembic.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.List;

/**
 * Indicators with their campaigns as a STIX 2.1 bundle. Records only feed the tally (distinct values and their
 * sightings); the bundle, whose size follows the distinct values, is built and written at the end.
 */
final class StixExport implements ExportJob {
    private static final ObjectMapper M = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final ExportRequest request;
    private final ExportContext context;
    private final HashedOutput out;
    private final StixTally tally = new StixTally();

    StixExport(ExportRequest request, ExportContext context) throws IOException {
        this.request = request;
        this.context = context;
        this.out = new HashedOutput(request.out());
    }

    @Override
    public void record(ExportRecord r) { tally.add(r.record()); }

    @Override
    public ExportResult finish() throws IOException {
        ObjectNode bundle = new StixBundleBuilder(tally, context).build();
        M.writeValue(out.stream(), bundle);
        long accounts = tally.of(IndicatorKind.ACCOUNT).size();
        long findings = 0;
        for (String a : tally.of(IndicatorKind.ACCOUNT).keySet()) {
            var r = context.account(a);
            if (r != null) findings += r.findings().size();
        }
        return new ExportResult(request, List.of(out.commit()), tally.records, accounts, findings, bundle.get("objects").size());
    }

    @Override
    public void abort() { out.abort(); }
}
