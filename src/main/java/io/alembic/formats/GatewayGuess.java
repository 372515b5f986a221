package io.alembic.formats;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A first guess at a mapping from column names alone, so a log with ordinary names ("ts", "user", "model") needs
 * checking rather than picking. Only a suggestion: the analyst confirms every column before anything imports.
 */
public final class GatewayGuess {
    private static final Map<String, List<String>> NAMES = new LinkedHashMap<>();
    static {
        NAMES.put("timestamp", List.of("timestamp", "ts", "time", "datetime", "date", "createdat", "created", "starttime", "eventtime"));
        NAMES.put("account_id", List.of("accountid", "account", "userid", "user", "customer", "customerid", "tenant", "tenantid"));
        NAMES.put("api_key_id", List.of("apikeyid", "apikey", "keyid", "key", "tokenid"));
        NAMES.put("ip", List.of("ip", "clientip", "remoteaddr", "remoteip", "sourceip", "ipaddress", "srcip"));
        NAMES.put("model", List.of("model", "modelid", "modelname", "engine"));
        NAMES.put("prompt", List.of("prompt", "input", "question", "request", "messages"));
        NAMES.put("response", List.of("response", "completion", "output", "answer", "out"));
        NAMES.put("request_id", List.of("requestid", "id", "traceid"));
        NAMES.put("status", List.of("status", "statuscode", "httpstatus"));
        NAMES.put("input_tokens", List.of("inputtokens", "prompttokens", "tokensin"));
        NAMES.put("output_tokens", List.of("outputtokens", "completiontokens", "tokensout"));
        NAMES.put("latency_ms", List.of("latencyms", "latency", "durationms"));
        NAMES.put("user_agent", List.of("useragent", "ua"));
    }

    private GatewayGuess() { }

    /** Field name to column, for the fields whose column name is a common one; each column used at most once. */
    public static Map<String, String> columns(List<String> columns) {
        Map<String, String> out = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        NAMES.forEach((field, names) -> {
            for (String name : names) {
                String hit = columns.stream().filter(c -> !used.contains(c) && name.equals(last(c))).findFirst().orElse(null);
                if (hit != null) {
                    out.put(field, hit);
                    used.add(hit);
                    return;
                }
            }
        });
        return out;
    }

    /** epoch_ms or epoch_s for a number (by its size), rfc3339 for anything else. */
    public static String timestampFormat(String sample) {
        if (sample == null || !sample.strip().matches("\\d{9,16}")) return "rfc3339";
        return sample.strip().length() >= 12 ? "epoch_ms" : "epoch_s";
    }

    /** The last segment of a dotted path, lower case, letters and digits only: "who.Account-ID" is "accountid". */
    private static String last(String column) {
        String seg = column.substring(column.lastIndexOf('.') + 1);
        return seg.toLowerCase().replaceAll("[^a-z0-9]", "");
    }
}
