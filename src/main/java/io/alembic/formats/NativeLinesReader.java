package io.alembic.formats;

import com.fasterxml.jackson.databind.JsonNode;
import io.alembic.bundle.BrokenPartException;
import io.alembic.bundle.LineReader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Loose native lines without a manifest (records parts or an accounts registry someone copied out of a bundle).
 * Lines are kept byte for byte: a native line needs no conversion, only the hashing no exporter did.
 */
final class NativeLinesReader implements FormatReader {
    static final String NAME = "native";

    @Override public String name() { return NAME; }

    @Override public String looksFor() { return "JSON lines with request_id, timestamp, account_id and model, or account registry lines"; }

    @Override
    public boolean recognises(SourceFile f) throws IOException {
        return JsonLines.anyHeadObject(f, 5, n -> isRequest(n) || isAccount(n));
    }

    private static boolean isRequest(JsonNode n) {
        return n.has("request_id") && n.has("account_id") && n.has("timestamp") && n.has("model");
    }

    /** A registry line: an account id with registry fields and none of a request's. */
    private static boolean isAccount(JsonNode n) {
        return n.has("account_id") && !n.has("request_id") && !n.has("model")
                && (n.has("created_at") || n.has("tier") || n.has("status") || n.has("email_domain") || n.has("payment_fingerprint"));
    }

    @Override
    public void convert(List<SourceFile> files, RecordSink out) throws IOException {
        for (SourceFile f : files) {
            boolean accounts = JsonLines.anyHeadObject(f, 5, NativeLinesReader::isAccount) && !JsonLines.anyHeadObject(f, 5, NativeLinesReader::isRequest);
            try (LineReader in = new LineReader(f.open(), f.name().replaceAll("(?i)\\.gz$", ""), out.maxLineBytes())) {
                try {
                    while (in.next()) {
                        Origin at = new Origin(f.path(), in.lineNumber());
                        if (in.oversized()) {
                            out.reject(at, "line is " + in.oversizedBytes() + " bytes, over the " + in.maxLineBytes() + "-byte line limit",
                                    new String(in.oversizedPrefix(), StandardCharsets.UTF_8));
                        } else if (!in.isBlank()) {
                            if (accounts) out.nativeAccount(in.bytes(), in.length(), at);
                            else out.nativeRequest(in.bytes(), in.length(), at);
                        }
                    }
                } catch (BrokenPartException e) {
                    out.reject(new Origin(f.path(), e.lastGoodLine() + 1), e.reason(), new String(e.partial(), StandardCharsets.UTF_8));
                }
            }
        }
    }
}
