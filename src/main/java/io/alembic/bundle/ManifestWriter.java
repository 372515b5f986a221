package io.alembic.bundle;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * manifest.json of format version 1, as bytes that depend only on the arguments (fixed field order, pretty-printed,
 * one trailing newline): a bundle written twice from the same content has the same manifest. Null header fields are
 * left out; a file's {@code records} is written only when it is not negative (line-oriented kinds).
 */
public final class ManifestWriter {
    /** The manifest's header fields; any may be null except bundleId. */
    public record Header(String bundleId, String provider, String exportedAt, String exportedBy, String caseReference,
                         String timeRangeStart, String timeRangeEnd) {}

    private ManifestWriter() { }

    /**
     * How a converted bundle came about: the foreign format(s), and that no exporter's manifest vouched for the source
     * files (Alembic hashed them itself when it read them).
     */
    public record Conversion(String fromFormat, String note) {}

    public static byte[] write(Header h, List<ManifestFile> files) { return write(h, files, null); }

    public static byte[] write(Header h, List<ManifestFile> files, Conversion conversion) {
        if (h.bundleId() == null || h.bundleId().isBlank()) throw new IllegalArgumentException("a manifest needs a bundle_id");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator g = new JsonFactory().createGenerator(bytes, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("bundle_format", "llm-api-log-bundle");
            g.writeNumberField("format_version", 1);
            g.writeStringField("bundle_id", h.bundleId());
            optional(g, "provider", h.provider());
            optional(g, "exported_at", h.exportedAt());
            optional(g, "exported_by", h.exportedBy());
            optional(g, "case_reference", h.caseReference());
            if (h.timeRangeStart() != null || h.timeRangeEnd() != null) {
                g.writeObjectFieldStart("time_range");
                optional(g, "start", h.timeRangeStart());
                optional(g, "end", h.timeRangeEnd());
                g.writeEndObject();
            }
            if (conversion != null) {
                g.writeObjectFieldStart("conversion");
                g.writeStringField("from_format", conversion.fromFormat());
                g.writeBooleanField("exporter_manifest", false);
                optional(g, "note", conversion.note());
                g.writeEndObject();
            }
            g.writeArrayFieldStart("files");
            for (ManifestFile f : files) {
                g.writeStartObject();
                g.writeStringField("path", f.path());
                g.writeStringField("kind", f.kind());
                g.writeStringField("sha256", f.sha256());
                g.writeNumberField("bytes", f.bytes());
                if (f.records() >= 0) g.writeNumberField("records", f.records());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void optional(JsonGenerator g, String field, String value) throws IOException {
        if (value != null) g.writeStringField(field, value);
    }
}
