package io.alembic.bench;

import io.alembic.casefile.CancelToken;
import io.alembic.casefile.Case;
import io.alembic.casefile.ImportListener;
import io.alembic.detect.DetectionReport;
import io.alembic.detect.ReportCodec;
import io.alembic.detect.RuleSet;
import io.alembic.sample.Corpora;
import io.alembic.sample.SampleGenerator;
import io.alembic.sample.SampleSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Detection straight over a bundle is what the evaluation sweep uses: it must score exactly as import + detect. */
class BundleDetectionTest {
    @Test
    void scoresEqualImportThenDetectEvenWithBadLines(@TempDir Path tmp) throws Exception {
        // bad lines include a conflicting repeated id and lines the importer quarantines; both paths must skip the same ones
        Path bundle = new SampleGenerator(Corpora.locate(), new SampleSpec(23, 120, 12_000, false, 12, 5_000).withVaried(true))
                .generate(tmp, "b");
        DetectionReport direct = BundleDetection.run(bundle, RuleSet.builtin());
        DetectionReport viaCase;
        try (Case c = Case.openOrCreate(tmp.resolve("case"))) {
            c.importBundle(bundle, false, ImportListener.NONE, CancelToken.none());
            viaCase = c.detect(null, ImportListener.NONE, CancelToken.none());
        }
        assertFalse(direct.flagged().isEmpty(), "the sample has campaigns: something must be flagged");
        assertEquals(viaCase.requests(), direct.requests());
        assertEquals(ReportCodec.toString(viaCase), ReportCodec.toString(direct));
    }
}
