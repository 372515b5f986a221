package io.alembic.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a small, fully known evidence bundle (format version 1) for UI tests: three accounts, a handful of
 * requests with distinct prompts, and two lines that must be quarantined.
 */
final class UiFixtureBundle {
    static final String KREBS_ID = "req_krebs_0001";
    static final String KREBS_PROMPT = "Explain the Krebs cycle step by step.";
    static final String KREBS_SYSTEM = "You are a meticulous biochemistry tutor.";
    static final String KREBS_RESPONSE = "The Krebs cycle begins when acetyl-CoA joins oxaloacetate to form citrate.";
    static final List<String> ACCOUNTS = List.of("acct_alpha", "acct_beta", "acct_gamma");
    static final int BAD_LINES = 2;

    private static final String[] TOPICS = {
        "Summarise the causes of the French revolution", "Write a haiku about autumn rain",
        "Solve the integral of x squared times e to the x", "Translate 'good morning' into Portuguese",
        "List five uses of baking soda", "Explain how a transformer attention layer works",
        "Give step by step reasoning for 17 times 23", "Draft a polite email declining a meeting",
    };
    private static final String[] MODELS = {"frontier-large-2026-01", "frontier-mini-2026-01"};
    private static final String[][] CLIENTS = {
        {"203.0.113.7", "SG", "relay.example.net"}, {"198.51.100.20", "US", null}, {"192.0.2.55", "DE", "gw.routerco.io"},
    };

    private UiFixtureBundle() { }

    /** Valid requests written by {@link #write(Path, int)} for {@code extra} generated records. */
    static int validRecords(int extra) { return 1 + extra; }

    /** Writes the bundle into {@code dir} with the Krebs record plus {@code extra} generated ones. */
    static Path write(Path dir, int extra) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(record(KREBS_ID, "2026-01-14T03:12:45.123Z", "acct_alpha", "key_a1", MODELS[0], CLIENTS[0],
                KREBS_SYSTEM, KREBS_PROMPT, KREBS_RESPONSE, "First recall the citric acid cycle inputs.", 200));
        for (int i = 0; i < extra; i++) {
            String account = ACCOUNTS.get(i % ACCOUNTS.size());
            String prompt = TOPICS[i % TOPICS.length] + " (variant " + i + ")";
            int status = i % 17 == 5 ? 429 : 200;
            lines.add(record(String.format(Locale.ROOT, "req_%06d", i),
                    String.format(Locale.ROOT, "2026-01-%02dT%02d:%02d:00Z", 1 + i % 28, i % 24, i % 60),
                    account, "key_" + account.substring(5, 6) + (i % 3), MODELS[i % 2], CLIENTS[i % 3],
                    "You are a helpful assistant.", prompt, status == 200 ? "Answer to: " + prompt : null,
                    i % 4 == 0 ? "Thinking about " + prompt : null, status));
        }
        lines.add(3, "{this is not json at all");
        lines.add(5, "{\"request_id\":\"req_bad_missing\",\"timestamp\":\"2026-01-02T00:00:00Z\",\"model\":\"m\","
                + "\"request\":{\"prompt\":\"no account\"}}");
        List<String> accounts = new ArrayList<>();
        String[] statuses = {"active", "suspended", "banned"};
        for (int i = 0; i < ACCOUNTS.size(); i++) {
            accounts.add("{\"account_id\":\"" + ACCOUNTS.get(i) + "\",\"org_id\":\"org_" + i + "\",\"country\":\""
                    + CLIENTS[i][1] + "\",\"tier\":\"tier-2\",\"status\":\"" + statuses[i] + "\"}");
        }
        new io.alembic.testutil.TestBundle("UI-TEST-" + dir.getFileName())
                .requests("records/part-00001.jsonl", lines).accounts("accounts.jsonl", accounts).writeTo(dir);
        return dir;
    }

    /** Changes the records file after the manifest was written, so the bundle fails verification. */
    static void tamper(Path dir) throws IOException {
        Path records = dir.resolve("records/part-00001.jsonl");
        String s = Files.readString(records).replace("haiku about autumn", "haiku about winter");
        Files.writeString(records, s);
    }

    private static String record(String id, String ts, String account, String key, String model, String[] client,
                                 String system, String prompt, String response, String reasoning, int status) {
        StringBuilder sb = new StringBuilder("{");
        sb.append("\"request_id\":").append(q(id)).append(",\"timestamp\":").append(q(ts))
                .append(",\"account_id\":").append(q(account)).append(",\"org_id\":\"org_x\",\"api_key_id\":").append(q(key))
                .append(",\"endpoint\":\"/v1/chat/completions\",\"model\":").append(q(model))
                .append(",\"client\":{\"ip\":").append(q(client[0])).append(",\"asn\":64500,\"as_org\":\"Example Hosting\"")
                .append(",\"country\":").append(q(client[1])).append(",\"user_agent\":\"python-httpx/0.27.0\"")
                .append(",\"router\":").append(client[2] == null ? "null" : q(client[2])).append("}")
                .append(",\"request\":{\"messages\":[{\"role\":\"system\",\"content\":").append(q(system))
                .append("},{\"role\":\"user\",\"content\":").append(q(prompt)).append("}]")
                .append(",\"params\":{\"temperature\":0.7,\"max_tokens\":1024}}")
                .append(",\"response\":{\"status\":").append(status);
        if (status == 200) {
            sb.append(",\"content\":").append(q(response));
            if (reasoning != null) sb.append(",\"reasoning\":").append(q(reasoning));
            sb.append(",\"finish_reason\":\"stop\"");
        } else {
            sb.append(",\"error\":{\"type\":\"rate_limit\",\"message\":\"Too many requests\"}");
        }
        sb.append("},\"usage\":{\"input_tokens\":120,\"output_tokens\":340,\"reasoning_tokens\":")
                .append(reasoning == null ? 0 : 90).append("},\"latency_ms\":1234}");
        return sb.toString();
    }

    private static String q(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
