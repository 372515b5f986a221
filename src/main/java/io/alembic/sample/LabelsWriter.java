package io.alembic.sample;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** NAME.labels.json, beside the bundle: the ground truth an evaluation compares detections against. */
final class LabelsWriter {
    private LabelsWriter() {}

    static void write(Path file, String bundleId, SampleSpec spec, Population pop, List<BadLines.Written> injected)
            throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(Files.newOutputStream(file), JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("bundle_id", bundleId);
            g.writeNumberField("seed", spec.seed());
            g.writeBooleanField("permissive_only", spec.permissiveOnly());
            g.writeNumberField("valid_records", spec.records());
            g.writeObjectFieldStart("campaigns");
            for (Campaign c : pop.campaigns) {
                g.writeObjectFieldStart(c.id);
                tactics(g, c);
                g.writeArrayFieldStart("accounts");
                for (AccountPlan a : c.accounts) g.writeString(a.accountId);
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeObjectFieldStart("accounts");
            for (AccountPlan a : pop.accounts) { // already in account-id order
                g.writeObjectFieldStart(a.accountId);
                if (a.distiller()) {
                    g.writeStringField("label", "distiller");
                    g.writeStringField("campaign", a.campaign.id);
                    tactics(g, a.campaign);
                    if (a.wave == 2) g.writeStringField("wave", "resumed_after_ban");
                } else {
                    g.writeStringField("label", "benign");
                    g.writeStringField("profile", a.profile.label());
                }
                g.writeNumberField("records", a.records);
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeArrayFieldStart("injected_bad_lines");
            for (BadLines.Written w : injected) {
                if (w.kind() == BadLines.Kind.EXACT_DUPLICATE) continue;
                g.writeStartObject();
                g.writeStringField("file", w.file());
                g.writeNumberField("line", w.line());
                g.writeStringField("reason_kind", w.kind().label);
                g.writeStringField("detail", w.detail());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("injected_exact_duplicates");
            for (BadLines.Written w : injected) {
                if (w.kind() != BadLines.Kind.EXACT_DUPLICATE) continue;
                g.writeStartObject();
                g.writeStringField("file", w.file());
                g.writeNumberField("line", w.line());
                g.writeStringField("duplicate_of_file", w.originalFile());
                g.writeNumberField("duplicate_of_line", w.originalLine());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void tactics(JsonGenerator g, Campaign c) throws IOException {
        g.writeArrayFieldStart("tactics");
        for (String t : c.tactics) g.writeString(t);
        g.writeEndArray();
    }
}
