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
 * so the scores equal those of import + detect on the same bundle (a test checks this).
 */
public final class BundleDetection {
    private BundleDetection() { }

    public static DetectionReport run(Path bundle, RuleSet rules) throws IOException {
        DetectionEngine engine = new DetectionEngine(rules);
        ProfileBuilder builder = engine.newBuilder();
        FactsReader reader = new FactsReader();
        List<String> ids = new ArrayList<>();
        BundleScan scan = new BundleScan(bundle);
        java.util.Set<String> seen = new java.util.HashSet<>();
        scan.requests(line -> {
            RequestFacts f = reader.read(line);
            if (f == null || !seen.add(f.requestId())) return; // a repeated id was counted once (or quarantined) at import
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
