package io.alembic.bench;

import io.alembic.bundle.AccountRecord;
import io.alembic.bundle.BundleScan;
import io.alembic.bundle.FactsReader;
import io.alembic.detect.AccountFacts;
import io.alembic.detect.DetectionEngine;
import io.alembic.detect.DetectionReport;
import io.alembic.detect.RequestFacts;
import io.alembic.detect.RuleSet;
import io.alembic.detect.profile.ProfileBuilder;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Detection straight over a bundle folder, no case: what an evaluation sweep over many generated bundles needs (an
 * import per bundle would cost most of the sweep). Reads records with the same {@link FactsReader} a case scan uses,
 * and counts exactly the lines the importer would keep (valid by its record parser, first copy of each request id), so
 * the scores equal those of import + detect on the same bundle.
 */
public final class BundleDetection {
    private BundleDetection() { }

    /** The importer's verdict on a line: what it would quarantine, detection over a case never sees. */
    private static boolean accepted(io.alembic.bundle.RecordParser parser, byte[] line) {
        try {
            parser.parse(line, line.length);
            return true;
        } catch (io.alembic.bundle.BadRecordException e) {
            return false;
        }
    }

    public static DetectionReport run(Path bundle, RuleSet rules) throws IOException {
        DetectionEngine engine = new DetectionEngine(rules);
        ProfileBuilder builder = engine.newBuilder();
        FactsReader reader = new FactsReader();
        io.alembic.bundle.RecordParser parser = new io.alembic.bundle.RecordParser();
        List<String> ids = new ArrayList<>();
        BundleScan scan = new BundleScan(bundle);
        java.util.Set<String> seen = new java.util.HashSet<>();
        scan.requests(line -> {
            RequestFacts f = reader.read(line);
            if (f == null || !accepted(parser, line) || !seen.add(f.requestId())) return; // as the import would keep it
            builder.accept(f);
            ids.add(f.requestId());
        });
        List<AccountFacts> registry = new ArrayList<>();
        for (AccountRecord a : scan.accounts()) registry.add(a.facts());
        return engine.finish(builder, registry, seqs -> {
            List<String> out = new ArrayList<>(seqs.length);
            for (int s : seqs) out.add(ids.get(s));
            return out;
        });
    }
}
