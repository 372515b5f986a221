package io.alembic.formats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.alembic.bundle.BadRecordException;
import io.alembic.bundle.RecordParser;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the first rows of a sample become under a mapping: the reader the import uses converts them and the record
 * parser the import uses checks them, so a row shown as good here imports, and a row shown with an error is
 * quarantined with that same reason.
 */
public final class GatewayPreview {
    /** One converted row: the native fields the dialog shows, or why the row would be quarantined. */
    public record Outcome(long line, Map<String, String> fields, String error) {
        public boolean ok() { return error == null; }
    }

    private GatewayPreview() { }

    public static List<Outcome> convert(GatewaySample sample, GatewayMapping mapping, int maxRows) throws IOException {
        SourceFile f = new SourceFile(sample.file().getFileName().toString(), sample.file(), Files.getLastModifiedTime(sample.file()).toMillis());
        Collector sink = new Collector(maxRows);
        try {
            new GatewayReader(mapping).convert(List.of(f), sink);
        } catch (Collector.Enough e) {
            // the preview has its rows; the rest of the file is the import's business
        }
        return sink.outcomes;
    }

    /** The native fields a mapping decides, as text, in the order the dialog lists them. */
    static Map<String, String> summary(JsonNode r) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("timestamp", r.path("timestamp").asText(""));
        m.put("account_id", r.path("account_id").asText(""));
        m.put("api_key_id", r.path("api_key_id").asText(""));
        m.put("ip", r.path("client").path("ip").asText(""));
        m.put("model", r.path("model").asText(""));
        JsonNode req = r.path("request");
        String prompt = req.path("prompt").asText("");
        if (prompt.isEmpty() && req.path("messages").isArray() && req.path("messages").size() > 0) {
            prompt = req.path("messages").get(req.path("messages").size() - 1).path("content").asText("");
        }
        m.put("prompt", prompt);
        m.put("response", r.path("response").path("content").asText(""));
        return m;
    }

    private static final class Collector implements RecordSink {
        /** Stops the reader once the preview is full, without reading a large file to its end. */
        static final class Enough extends IOException { Enough() { super("preview full"); } }

        private final int max;
        private final RecordParser parser = new RecordParser();
        final List<Outcome> outcomes = new ArrayList<>();

        Collector(int max) { this.max = max; }

        @Override
        public void request(ObjectNode record, Origin at) throws IOException {
            byte[] line = JsonLines.MAPPER.writeValueAsBytes(record);
            try {
                parser.parse(line, line.length);
                add(new Outcome(at.line(), summary(record), null));
            } catch (BadRecordException e) {
                add(new Outcome(at.line(), summary(record), e.getMessage()));
            }
        }

        @Override
        public void nativeRequest(byte[] line, int length, Origin at) { }

        @Override
        public void nativeAccount(byte[] line, int length, Origin at) { }

        @Override
        public void reject(Origin at, String reason, String content) throws IOException { add(new Outcome(at.line(), Map.of(), reason)); }

        @Override
        public void note(String note) { }

        private void add(Outcome o) throws Enough {
            outcomes.add(o);
            if (outcomes.size() >= max) throw new Enough();
        }
    }
}
