package io.alembic.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.alembic.detect.DetectionReport;
import io.alembic.detect.ReportCodec;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * findings.json of a reduced bundle (manifest kind {@code findings}): the detection report an upstream job computed
 * over the whole log, restricted to the accounts the bundle keeps, with where it came from. The report part is the
 * {@link ReportCodec} document (rules_version, requests, accounts, clusters) at the top level, so a reader of reports
 * reads it as one; the provenance fields sit beside it:
 * <pre>
 * {"format": "alembic-findings", "version": 1, "job_id": "...", "computed_by": "...", "inputs": [...],
 *  "options": {"benign_sample": "0.01", ...}, "counts": {"requests": ..., "accounts": ..., ...},
 *  "rules_version": "rules-...", "requests": N, "accounts": [...], "clusters": [...]}
 * </pre>
 */
public record FindingsFile(Upstream upstream, DetectionReport report) {
    public static final String FORMAT = "alembic-findings";
    public static final String FILE_NAME = "findings.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * @param options the job's options as given (text), in a stable order
     * @param counts  what the job read and kept: lines, requests, accounts, flagged, kept accounts and requests, ...
     */
    public record Upstream(String jobId, String rulesVersion, String computedBy, List<String> inputs, Map<String, String> options,
                           Map<String, Long> counts) {
        public Upstream {
            inputs = List.copyOf(inputs);
            options = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(options));
            counts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(counts));
        }

        public long count(String key) { return counts.getOrDefault(key, -1L); }
    }

    /** Pretty-printed UTF-8 with a trailing newline; the same report and provenance give the same bytes. */
    public byte[] toBytes() {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("format", FORMAT);
        n.put("version", 1);
        n.put("job_id", upstream.jobId());
        n.put("computed_by", upstream.computedBy());
        upstream.inputs().forEach(n.putArray("inputs")::add);
        ObjectNode o = n.putObject("options");
        upstream.options().forEach(o::put);
        ObjectNode c = n.putObject("counts");
        upstream.counts().forEach(c::put);
        n.setAll(ReportCodec.toJson(report));
        try {
            return (MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(n) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** @throws BundleFormatException naming {@code where} when the bytes are not a findings file of this version */
    public static FindingsFile parse(byte[] bytes, String where) {
        JsonNode n;
        try {
            n = MAPPER.readTree(bytes);
        } catch (Exception e) {
            throw new BundleFormatException(where + ": not valid JSON: " + e.getMessage());
        }
        if (n == null || !n.isObject() || !FORMAT.equals(n.path("format").asText())) {
            throw new BundleFormatException(where + ": not an Alembic findings file (format is not \"" + FORMAT + "\")");
        }
        if (n.path("version").asInt() != 1) throw new BundleFormatException(where + ": findings version " + n.path("version") + " is not supported (only 1)");
        if (!n.hasNonNull("job_id") || !n.hasNonNull("rules_version")) throw new BundleFormatException(where + ": job_id or rules_version is missing");
        List<String> inputs = new ArrayList<>();
        n.path("inputs").forEach(x -> inputs.add(x.asText()));
        Map<String, String> options = new LinkedHashMap<>();
        n.path("options").fields().forEachRemaining(e -> options.put(e.getKey(), e.getValue().asText()));
        Map<String, Long> counts = new LinkedHashMap<>();
        n.path("counts").fields().forEachRemaining(e -> counts.put(e.getKey(), e.getValue().asLong()));
        DetectionReport report;
        try {
            report = ReportCodec.parse(new String(bytes, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new BundleFormatException(where + ": " + e.getMessage());
        }
        return new FindingsFile(new Upstream(n.path("job_id").asText(), n.path("rules_version").asText(),
                n.path("computed_by").asText(null), inputs, options, counts), report);
    }
}
