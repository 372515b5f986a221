package io.alembic.formats;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The first rows of a file that looks like a CSV or JSONL gateway log, read with the reader's own CSV dialect and JSON
 * parser, for an analyst to map columns against. {@code columns}: the CSV header, or the dotted paths of the leaf
 * fields seen in the first JSON objects; {@link #headerKey()} names the layout a remembered mapping is for.
 */
public record GatewaySample(Path file, String format, char delimiter, List<String> columns, List<Row> rows) {
    /** One row as the analyst sees it: its line in the file and a cell per column ("" where it has none). */
    public record Row(long line, List<String> cells) {}

    public static final int DEFAULT_ROWS = 20;
    private static final char[] DELIMITERS = {',', '\t', ';', '|'};
    private static final int MAX_FOLDER_FILES = 200;

    public GatewaySample {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** The layout: format, delimiter and columns. Two files with the same header share their mapping. */
    public String headerKey() {
        return format + (format.equals("csv") ? " " + (delimiter == '\t' ? "\\t" : String.valueOf(delimiter)) : "") + ": " + String.join(", ", columns);
    }

    /**
     * The first file under {@code path} (a file, or a folder walked in name order) that reads as CSV with a header or
     * as JSON objects a line; empty when none does (a zip, a binary, prose).
     */
    public static Optional<GatewaySample> find(Path path, int maxRows) throws IOException {
        if (Files.isRegularFile(path)) return of(path, maxRows);
        if (!Files.isDirectory(path)) return Optional.empty();
        List<Path> files;
        try (Stream<Path> s = Files.walk(path)) {
            files = s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).sorted().limit(MAX_FOLDER_FILES).toList();
        }
        for (Path f : files) {
            Optional<GatewaySample> sample = of(f, maxRows);
            if (sample.isPresent()) return sample;
        }
        return Optional.empty();
    }

    public static Optional<GatewaySample> of(Path file, int maxRows) throws IOException {
        if (file.getFileName().toString().toLowerCase().endsWith(".zip")) return Optional.empty();
        SourceFile f = new SourceFile(file.getFileName().toString(), file, Files.getLastModifiedTime(file).toMillis());
        List<String> head = f.headLines(2);
        if (head.isEmpty()) return Optional.empty();
        if (head.get(0).startsWith("{")) return jsonl(f, file, maxRows);
        return csv(f, file, head, maxRows);
    }

    private static Optional<GatewaySample> jsonl(SourceFile f, Path file, int maxRows) throws IOException {
        Set<String> columns = new LinkedHashSet<>();
        List<JsonNode> objects = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        long line = 0;
        for (String raw : f.head().split("\n", -1)) {
            line++;
            if (objects.size() >= maxRows) break;
            if (raw.isBlank()) continue;
            try {
                JsonNode n = JsonLines.MAPPER.readTree(raw);
                if (n == null || !n.isObject()) continue;
                leaves(n, "", columns);
                objects.add(n);
                lines.add(line);
            } catch (JsonProcessingException e) {
                // a bad line is shown by the converted preview, with its reason; the table shows the good ones
            }
        }
        if (objects.isEmpty()) return Optional.empty();
        List<String> cols = List.copyOf(columns);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            JsonNode n = objects.get(i);
            rows.add(new Row(lines.get(i), cols.stream().map(c -> cell(GatewayReader.path(n, c))).toList()));
        }
        return Optional.of(new GatewaySample(file, "jsonl", ',', cols, rows));
    }

    private static void leaves(JsonNode n, String prefix, Set<String> out) {
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String name = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
            if (e.getValue().isObject() && e.getValue().size() > 0) leaves(e.getValue(), name, out);
            else out.add(name);
        }
    }

    private static String cell(JsonNode n) {
        if (n == null || n.isMissingNode() || n.isNull()) return "";
        return n.isValueNode() ? n.asText() : n.toString();
    }

    /** A header line of at least two names, and a next line that splits into as many fields: that is CSV enough. */
    private static Optional<GatewaySample> csv(SourceFile f, Path file, List<String> head, int maxRows) throws IOException {
        char delimiter = delimiter(head.get(0));
        if (delimiter == 0) return Optional.empty();
        List<String> columns = List.of();
        List<Row> rows = new ArrayList<>();
        try (Reader r = new InputStreamReader(f.open(), StandardCharsets.UTF_8);
             CSVParser p = CSVParser.parse(r, GatewayReader.csvFormat(delimiter))) {
            columns = p.getHeaderNames();
            if (columns.size() < 2 || columns.stream().anyMatch(c -> c.isBlank() || c.length() > 200)) return Optional.empty();
            Iterator<CSVRecord> it = p.iterator();
            while (rows.size() < maxRows && it.hasNext()) {
                CSVRecord rec = it.next();
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < columns.size(); i++) cells.add(i < rec.size() ? rec.get(i) : "");
                rows.add(new Row(p.getCurrentLineNumber(), cells));
            }
        } catch (UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            // a broken quote part-way: the rows before it still make a sample, and the converted preview says where
            // it broke (duplicate header names fail before any row, and then this is not a file to map)
        }
        if (rows.isEmpty()) return Optional.empty();
        return Optional.of(new GatewaySample(file, "csv", delimiter, columns, rows));
    }

    /** The candidate delimiter the header line holds most of; 0 if it holds none. */
    static char delimiter(String header) {
        char best = 0;
        long most = 0;
        for (char d : DELIMITERS) {
            long n = header.chars().filter(c -> c == d).count();
            if (n > most) {
                most = n;
                best = d;
            }
        }
        return best;
    }
}
