package io.alembic.spark;

import io.alembic.bundle.BadRecordException;
import io.alembic.bundle.FactsReader;
import io.alembic.bundle.RecordParser;
import io.alembic.detect.RequestFacts;

import java.io.Serializable;
import java.util.Map;

/**
 * Whether a line is one the detectors count, by the workbench's own rules: the importer accepts it (the record
 * parser: valid JSON, required fields, RFC 3339 time; a line it refuses would be quarantined on the laptop), the
 * detectors' reader reads it, and it is the copy of its request id that counts (the first in input order; later copies
 * are byte-identical repeats the importer counts once, or conflicting ones it quarantines). Shared by every pass, so the
 * reduced bundle holds exactly the lines detection read, and a laptop importing it keeps all of them.
 */
final class Accepted implements Serializable {
    private final Map<String, Long> repeats;
    private transient FactsReader reader;
    private transient RecordParser parser;

    Accepted(Map<String, Long> repeats) { this.repeats = repeats; }

    /** The line's facts when both the importer and the detectors' reader accept it, else null. One per task. */
    RequestFacts read(Line l) {
        if (reader == null) {
            reader = new FactsReader();
            parser = new RecordParser();
        }
        RequestFacts f = reader.read(l.raw());
        if (f == null) return null;
        try {
            parser.parse(l.raw(), l.raw().length);
        } catch (BadRecordException e) {
            return null;
        }
        return f;
    }

    /** As {@link #read}, and only for the copy of its request id that counts. */
    RequestFacts facts(Line l) {
        RequestFacts f = read(l);
        if (f == null) return null;
        Long first = repeats.get(f.requestId());
        return first == null || first == l.ordinal() ? f : null;
    }

    Accepted copy() { return new Accepted(repeats); }
}
