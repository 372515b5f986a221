package io.alembic.report;

import io.alembic.casefile.CancelToken;
import io.alembic.casefile.CaseException;
import io.alembic.casefile.ImportListener;
import io.alembic.detect.cluster.Cluster;
import io.alembic.report.doc.Block;
import io.alembic.report.doc.ExhibitDoc;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Builds an exhibit's content from the case in reading order: cover, method, each account, each cited cluster, appendix. */
final class ExhibitAssembler {
    private ExhibitAssembler() { }

    static ExhibitDoc assemble(ExhibitContext x, ImportListener progress, CancelToken cancel) throws IOException {
        List<Block> blocks = new ArrayList<>();
        blocks.addAll(CoverSection.build(x));
        blocks.addAll(MethodSection.build(x));
        Set<String> subjectIds = new LinkedHashSet<>(x.subjects().accounts());
        Marks marks = new Marks(x.kase());
        AccountSection accounts = new AccountSection(x, marks);
        int total = x.subjects().accounts().size();
        int done = 0;
        for (String a : x.subjects().accounts()) {
            if (cancel.isCancelled()) throw new CaseException("exhibit cancelled; nothing written");
            progress.progress("Account " + a, done++, total);
            blocks.addAll(accounts.build(a, subjectIds));
        }
        for (Cluster c : x.subjects().clusters()) {
            subjectIds.add(c.id());
            blocks.addAll(ClusterSection.build(x, c));
        }
        blocks.addAll(AppendixSection.build(x, subjectIds));
        progress.progress("Laying out", total, total);
        return new ExhibitDoc(x.exhibitId(), x.title(), x.user(), x.madeAt(), blocks);
    }
}
