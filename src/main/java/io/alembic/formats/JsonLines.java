package io.alembic.formats;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.alembic.bundle.BrokenPartException;
import io.alembic.bundle.LineReader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Walks a JSON-lines source file: every line that parses to an object goes to the handler, every other non-blank
 * line is rejected with its file and line, so one hostile line never stops a file. A gzip part that breaks part-way
 * keeps what came before and rejects the cut-off line, as the native importer does.
 */
final class JsonLines {
    static final ObjectMapper MAPPER = new ObjectMapper();

    @FunctionalInterface
    interface Handler { void accept(JsonNode object, String raw, Origin at) throws IOException; }

    private JsonLines() { }

    static void each(SourceFile f, RecordSink out, Handler h) throws IOException {
        try (LineReader in = new LineReader(f.open(), f.name().replaceAll("(?i)\\.gz$", ""), out.maxLineBytes())) {
            try {
                while (in.next()) {
                    Origin at = new Origin(f.path(), in.lineNumber());
                    if (in.oversized()) {
                        out.reject(at, "line is " + in.oversizedBytes() + " bytes, over the " + in.maxLineBytes() + "-byte line limit",
                                new String(in.oversizedPrefix(), StandardCharsets.UTF_8));
                        continue;
                    }
                    if (in.isBlank()) continue;
                    String raw = new String(in.bytes(), 0, in.length(), StandardCharsets.UTF_8);
                    JsonNode n;
                    try {
                        n = MAPPER.readTree(raw);
                    } catch (JsonProcessingException e) {
                        out.reject(at, "not JSON: " + firstLine(e.getOriginalMessage()), raw);
                        continue;
                    }
                    if (n == null || !n.isObject()) {
                        out.reject(at, "not a JSON object", raw);
                        continue;
                    }
                    h.accept(n, raw, at);
                }
            } catch (BrokenPartException e) {
                out.reject(new Origin(f.path(), e.lastGoodLine() + 1), e.reason(), new String(e.partial(), StandardCharsets.UTF_8));
            }
        }
    }

    static String firstLine(String s) {
        if (s == null) return "parse error";
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }

    /** True if one of the first lines parses to an object that {@code test} accepts. */
    static boolean anyHeadObject(SourceFile f, int lines, java.util.function.Predicate<JsonNode> test) throws IOException {
        for (String line : f.headLines(lines)) {
            try {
                JsonNode n = MAPPER.readTree(line);
                if (n != null && n.isObject() && test.test(n)) return true;
            } catch (JsonProcessingException e) {
                // a malformed first line must not hide the format of the lines after it
            }
        }
        return false;
    }
}
