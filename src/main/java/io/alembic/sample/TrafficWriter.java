package io.alembic.sample;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Merges every account's time-ordered stream into one time-ordered export, streaming: memory holds one pending
 * request time per account, never the records themselves.
 */
final class TrafficWriter {
    record Result(List<FileEntry> files, List<BadLines.Written> injected, long validRecords) {}

    private final RecordFactory factory;
    private final Ids ids;
    private final RecordJson json = new RecordJson();

    TrafficWriter(RecordFactory factory, Ids ids) {
        this.factory = factory;
        this.ids = ids;
    }

    Result write(Population pop, PartWriter out, List<BadLines.Injection> schedule) throws IOException {
        PriorityQueue<AccountStream> queue = new PriorityQueue<>(Math.max(1, pop.accounts.size()),
                Comparator.comparingLong(AccountStream::nextTime).thenComparingInt(s -> s.plan.index));
        for (AccountPlan a : pop.accounts) {
            AccountStream s = new AccountStream(a);
            if (s.hasNext()) queue.add(s);
        }
        List<BadLines.Written> injected = new ArrayList<>();
        long sequence = 0, line = 0, freshIds = 0;
        int next = 0;
        Draft last = null;
        byte[] lastLine = null;
        String lastFile = null;
        long lastLineNo = 0;
        while (!queue.isEmpty() || next < schedule.size()) {
            if (next < schedule.size() && (schedule.get(next).position() == line || queue.isEmpty())) {
                BadLines.Injection inj = schedule.get(next++);
                byte[] bad = BadLines.render(inj, last, lastLine, ids.requestId(Long.MIN_VALUE + freshIds++), json);
                injected.add(new BadLines.Written(out.nextFile(), out.nextLine(), inj.kind(), BadLines.detail(inj),
                        lastFile, lastLineNo));
                out.writeLine(bad, bad.length);
                line++;
                continue;
            }
            AccountStream s = queue.poll();
            Draft d = factory.build(s, sequence++);
            s.consume();
            if (s.hasNext()) queue.add(s);
            RecordJson.Buffer b = json.serialize(d);
            lastFile = out.nextFile();
            lastLineNo = out.nextLine();
            out.writeLine(b.array(), b.size());
            last = d;
            lastLine = java.util.Arrays.copyOf(b.array(), b.size());
            line++;
        }
        return new Result(out.finish(), injected, sequence);
    }
}
