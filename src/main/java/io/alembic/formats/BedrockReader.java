package io.alembic.formats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.List;

/**
 * AWS Bedrock model invocation logs as delivered to S3 or CloudWatch Logs (.json or .json.gz, one record a line,
 * {@code schemaType: "ModelInvocationLog"}). The caller's identity ARN gives the account (the AWS account in the ARN)
 * and the key (the principal ARN itself: the role or user that signed the call). Bodies too large for the log are
 * delivered to S3 ({@code inputBodyS3Path}): the path is noted and never fetched, Alembic opens no connection.
 */
final class BedrockReader implements FormatReader {
    static final String NAME = "bedrock";

    @Override public String name() { return NAME; }

    @Override public String looksFor() { return "JSON lines with schemaType \"ModelInvocationLog\" (AWS Bedrock invocation logs)"; }

    @Override
    public boolean recognises(SourceFile f) throws IOException {
        return JsonLines.anyHeadObject(f, 5, n -> "ModelInvocationLog".equals(n.path("schemaType").asText()));
    }

    @Override
    public void convert(List<SourceFile> files, RecordSink out) throws IOException {
        for (SourceFile f : files) JsonLines.each(f, out, (n, raw, at) -> convertLine(n, at, out));
    }

    private void convertLine(JsonNode n, Origin at, RecordSink out) throws IOException {
        if (!"ModelInvocationLog".equals(n.path("schemaType").asText())) {
            out.reject(at, "not a Bedrock invocation log record (schemaType is " + quote(Native.text(n.get("schemaType"))) + ")", n.toString());
            return;
        }
        String arn = Native.text(n.path("identity").get("arn"));
        String owner = Native.text(n.get("accountId"));
        String account = arnAccount(arn);
        ObjectNode r = Native.record(Native.text(n.get("requestId")), Native.text(n.get("timestamp")),
                account != null ? account : owner, Native.text(n.get("modelId")));
        Native.putText(r, "org_id", owner);
        Native.putText(r, "api_key_id", arn);
        Native.putText(r, "endpoint", Native.text(n.get("operation")));
        JsonNode input = n.path("input"), output = n.path("output");
        ObjectNode source = Native.source(r, NAME, at, n);
        BedrockBodies.request(input.get("inputBodyJson"), r);
        String s3 = Native.text(input.get("inputBodyS3Path"));
        if (s3 != null) {
            source.put("input_body_s3_path", s3);
            out.note("request bodies delivered separately to S3 (e.g. " + RecordSinkText.clip(s3) + ") are noted, not fetched: Alembic opens no network connection");
        }
        String outS3 = Native.text(output.get("outputBodyS3Path"));
        if (outS3 != null) source.put("output_body_s3_path", outS3);
        if (!r.path("request").has("messages") && !r.path("request").has("prompt")) {
            // the record stays searchable by who and when even when its body is elsewhere or in a shape we do not know
            Native.messages(r);
            source.put("note", s3 != null ? "input body delivered separately to S3, not fetched" : "input body shape not recognised; kept in source.original");
        }
        ObjectNode response = r.putObject("response");
        String error = Native.text(n.get("errorCode"));
        if (error != null) {
            response.putObject("error").put("type", error).put("message", Native.text(n.get("errorMessage")));
        } else if (output.has("outputBodyJson") || outS3 != null) {
            response.put("status", 200);
        }
        Usage u = BedrockBodies.response(output.get("outputBodyJson"), response);
        Long in = Native.count(input.get("inputTokenCount")), outTokens = Native.count(output.get("outputTokenCount"));
        Native.usage(r, in != null ? in : u.in(), outTokens != null ? outTokens : u.out(), u.reasoning());
        out.request(r, at);
    }

    /** arn:partition:service:region:ACCOUNT:resource; null when the ARN is not one. */
    static String arnAccount(String arn) {
        if (arn == null || !arn.startsWith("arn:")) return null;
        String[] p = arn.split(":", 6);
        return p.length >= 6 && p[4].matches("\\d{12}") ? p[4] : null;
    }

    private static String quote(String s) { return s == null ? "missing" : "\"" + RecordSinkText.clip(s) + "\""; }

    /** Token counts found in a body, any of them null. */
    record Usage(Long in, Long out, Long reasoning) {
        static final Usage NONE = new Usage(null, null, null);
    }
}
