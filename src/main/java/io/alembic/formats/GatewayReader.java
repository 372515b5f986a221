package io.alembic.formats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CSV or JSONL logs of an LLM gateway or router, read through an analyst's mapping ({@link GatewayMapping}). Only
 * offered when a mapping is given: a gateway log has no marker of its own. Every column, mapped or not, stays in
 * {@code source.original}; a row without a request id gets {@code FILE:LINE}.
 */
final class GatewayReader implements FormatReader {
    static final String NAME = "gateway";
    private final GatewayMapping mapping;

    GatewayReader(GatewayMapping mapping) { this.mapping = mapping; }

    @Override public String name() { return NAME; }

    @Override public String looksFor() { return mapping.format().toUpperCase() + " rows with the mapped columns " + mapping.columns().values(); }

    @Override
    public boolean recognises(SourceFile f) throws IOException {
        if (mapping.format().equals("jsonl")) {
            return JsonLines.anyHeadObject(f, 5, n -> !path(n, mapping.columns().get("timestamp")).isMissingNode()
                    && !path(n, mapping.columns().get("account_id")).isMissingNode());
        }
        List<String> lines = f.headLines(1);
        if (lines.isEmpty()) return false;
        List<String> header = List.of(lines.get(0).split(java.util.regex.Pattern.quote(String.valueOf(mapping.delimiter())), -1))
                .stream().map(s -> s.trim().replaceAll("^\"|\"$", "")).toList();
        return header.contains(mapping.columns().get("timestamp")) && header.contains(mapping.columns().get("account_id"));
    }

    @Override
    public void convert(List<SourceFile> files, RecordSink out) throws IOException {
        for (SourceFile f : files) {
            if (mapping.format().equals("jsonl")) JsonLines.each(f, out, (n, raw, at) -> row(n, at, out));
            else csv(f, out);
        }
    }

    private void csv(SourceFile f, RecordSink out) throws IOException {
        try (Reader r = new InputStreamReader(f.open(), StandardCharsets.UTF_8); CSVParser p = CSVParser.parse(r, csvFormat(mapping.delimiter()))) {
            List<String> header = p.getHeaderNames();
            Iterator<CSVRecord> it = p.iterator();
            long line = 1;
            while (true) {
                CSVRecord rec;
                try {
                    if (!it.hasNext()) break;
                    rec = it.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    // a broken quote leaves the rest of the file unreadable as CSV: say where it broke
                    out.reject(new Origin(f.path(), p.getCurrentLineNumber()), "not CSV from here on: " + JsonLines.firstLine(e.getMessage()), "");
                    break;
                }
                line = rec.getCharacterPosition() >= 0 ? p.getCurrentLineNumber() : line + 1;
                Origin at = new Origin(f.path(), line);
                ObjectNode row = Native.F.objectNode();
                for (int i = 0; i < rec.size(); i++) row.put(i < header.size() ? header.get(i) : "column_" + (i + 1), rec.get(i));
                if (rec.size() != header.size()) {
                    out.reject(at, "row has " + rec.size() + " columns, the header " + header.size(), row.toString());
                    continue;
                }
                row(row, at, out);
            }
        }
    }

    /** The one CSV dialect gateway logs are read with, by the import and by the mapping dialog's preview alike. */
    static CSVFormat csvFormat(char delimiter) {
        return CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).build();
    }

    private void row(JsonNode n, Origin at, RecordSink out) throws IOException {
        Map<String, String> v = new LinkedHashMap<>();
        mapping.columns().forEach((field, column) -> {
            String s = Native.text(path(n, column));
            if (s != null && !s.isEmpty()) v.put(field, s);
        });
        String ts;
        try {
            ts = timestamp(v.get("timestamp"));
        } catch (DateTimeException | NumberFormatException | ArithmeticException e) {
            out.reject(at, "bad timestamp \"" + RecordSinkText.clip(String.valueOf(v.get("timestamp"))) + "\" (mapping says " + mapping.timestampFormat() + ")", n.toString());
            return;
        }
        ObjectNode r = Native.record(v.getOrDefault("request_id", at.file() + ":" + at.line()), ts, v.get("account_id"), v.get("model"));
        for (String f : List.of("org_id", "api_key_id", "endpoint")) Native.putText(r, f, v.get(f));
        if (v.containsKey("ip") || v.containsKey("user_agent") || v.containsKey("router") || v.containsKey("country")) {
            ObjectNode c = r.putObject("client");
            Native.putText(c, "ip", v.get("ip"));
            Native.putText(c, "user_agent", v.get("user_agent"));
            Native.putText(c, "router", v.get("router"));
            Native.putText(c, "country", v.get("country"));
        }
        ObjectNode request = r.putObject("request");
        if (v.containsKey("system")) {
            request.putArray("messages").add(Native.message("system", v.get("system"))).add(Native.message("user", v.get("prompt")));
        } else if (v.containsKey("prompt")) {
            request.put("prompt", v.get("prompt"));
        }
        ObjectNode response = r.putObject("response");
        Long status = Native.count(Native.F.textNode(v.getOrDefault("status", "")));
        if (status != null && status == status.intValue()) response.put("status", status.intValue());
        Native.putText(response, "content", v.get("response"));
        Native.putText(response, "finish_reason", v.get("finish_reason"));
        Native.usage(r, num(v.get("input_tokens")), num(v.get("output_tokens")), num(v.get("reasoning_tokens")));
        Long latency = num(v.get("latency_ms"));
        if (latency != null) r.put("latency_ms", latency);
        Native.source(r, NAME, at, n);
        out.request(r, at);
    }

    private static Long num(String s) { return s == null ? null : Native.count(Native.F.textNode(s.trim())); }

    private String timestamp(String s) {
        if (s == null) return null;
        return switch (mapping.timestampFormat()) {
            case "epoch_s" -> Native.epochMillis(Math.multiplyExact(Long.parseLong(s.trim()), 1000L));
            case "epoch_ms" -> Native.epochMillis(Long.parseLong(s.trim()));
            default -> s.trim();
        };
    }

    /** A dotted path into a JSON object; a CSV row is flat, so a column name with dots is tried whole first. */
    static JsonNode path(JsonNode n, String path) {
        if (path == null) return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        if (n.has(path)) return n.get(path);
        JsonNode cur = n;
        for (String seg : path.split("\\.")) cur = cur.path(seg);
        return cur;
    }
}
