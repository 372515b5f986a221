package io.alembic.spark;

import io.alembic.bundle.AccountParser;
import io.alembic.bundle.AccountRecord;
import io.alembic.bundle.BadRecordException;
import io.alembic.bundle.LineReader;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The account registry, read on the driver (one line per account: small next to the request logs). Each good line is
 * kept with its bytes verbatim, for the reduced bundle's accounts.jsonl; bad lines are skipped, as a desktop scan
 * skips them.
 */
final class Registry {
    record Entry(AccountRecord record, byte[] raw) {}

    private Registry() { }

    static List<Entry> read(Configuration conf, List<String> files) throws IOException {
        List<Entry> out = new ArrayList<>();
        AccountParser parser = new AccountParser();
        for (String uri : files) {
            Path p = new Path(uri);
            try (LineReader r = new LineReader(p.getFileSystem(conf).open(p), p.getName())) {
                while (r.next()) {
                    if (r.length() == 0) continue;
                    try {
                        AccountRecord a = parser.parse(r.bytes(), r.length());
                        out.add(new Entry(a, Arrays.copyOf(r.bytes(), r.length())));
                    } catch (BadRecordException e) {
                        // the importer quarantines these; detection never sees them
                    }
                }
            }
        }
        return out;
    }
}
