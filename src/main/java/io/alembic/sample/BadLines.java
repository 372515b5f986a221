package io.alembic.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Where and how malformed lines are injected. Kinds rotate not_json, missing_field, bad_timestamp,
 * duplicate_request_id; after each full rotation (and after a partial last one) a byte-identical copy of the
 * previous valid line follows, which an importer must count once rather than quarantine.
 */
final class BadLines {
    enum Kind {
        NOT_JSON("not_json"), MISSING_FIELD("missing_field"), BAD_TIMESTAMP("bad_timestamp"),
        DUPLICATE_ID("duplicate_request_id"), EXACT_DUPLICATE("exact_duplicate");

        final String label;

        Kind(String label) { this.label = label; }
    }

    /** position: 0-based index among all request lines of the bundle; cycle: which rotation it belongs to. */
    record Injection(long position, Kind kind, int cycle) {}

    /** A line as written, for labels.json. */
    record Written(String file, long line, Kind kind, String detail, String originalFile, long originalLine) {}

    static final String[] BAD_TIMESTAMPS = {"2026-13-45T99:00:00Z", "yesterday"};

    private BadLines() {}

    static List<Injection> schedule(long records, int badLines) {
        List<Kind> kinds = new ArrayList<>();
        List<Integer> cycles = new ArrayList<>();
        Kind[] rotation = {Kind.NOT_JSON, Kind.MISSING_FIELD, Kind.BAD_TIMESTAMP, Kind.DUPLICATE_ID};
        for (int b = 0; b < badLines; b++) {
            kinds.add(rotation[b % 4]);
            cycles.add(b / 4);
            if (b % 4 == 3 || b == badLines - 1) {
                kinds.add(Kind.EXACT_DUPLICATE);
                cycles.add(b / 4);
            }
        }
        int n = kinds.size();
        long total = records + n;
        List<Injection> out = new ArrayList<>(n);
        // evenly spread, so every part of a multi-part bundle gets its share; positions are strictly increasing
        // and never 0, so a valid line always precedes the first injection
        for (int j = 0; j < n; j++) out.add(new Injection((j + 1) * total / (n + 1), kinds.get(j), cycles.get(j)));
        return out;
    }

    /** Builds the injected line from the last valid record; {@code freshId} keeps non-duplicate kinds unique. */
    static byte[] render(Injection inj, Draft last, byte[] lastLine, String freshId, RecordJson json) throws IOException {
        Draft d = last.copy();
        switch (inj.kind()) {
            case NOT_JSON -> {
                d.requestId = freshId;
                return json.truncated(d);
            }
            case MISSING_FIELD -> {
                d.requestId = freshId;
                if (inj.cycle() % 2 == 0) d.model = null; else d.accountId = null;
            }
            case BAD_TIMESTAMP -> {
                d.requestId = freshId;
                d.timestamp = BAD_TIMESTAMPS[inj.cycle() % 2];
            }
            case DUPLICATE_ID -> {
                d.latencyMs = last.latencyMs + 1 + (inj.cycle() * 37L) % 400;
                d.content = last.content == null ? "(regenerated answer)" : last.content + " (regenerated)";
            }
            case EXACT_DUPLICATE -> {
                return lastLine.clone();
            }
        }
        RecordJson.Buffer b = json.serialize(d);
        return java.util.Arrays.copyOf(b.array(), b.size());
    }

    static String detail(Injection inj) {
        return switch (inj.kind()) {
            case NOT_JSON -> "line truncated mid-object";
            case MISSING_FIELD -> inj.cycle() % 2 == 0 ? "model" : "account_id";
            case BAD_TIMESTAMP -> BAD_TIMESTAMPS[inj.cycle() % 2];
            case DUPLICATE_ID -> "request_id repeated with different content";
            case EXACT_DUPLICATE -> "byte-identical repeat of the previous valid line";
        };
    }

    static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
