package io.alembic.testutil;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generators of hostile bundle content for the property tests: JSON values of every type in every slot, giant and
 * control-character strings, lone surrogates, numbers out of range, timestamps at the edges, deep nesting, duplicate
 * keys, and byte-level damage (invalid UTF-8, NUL bytes). Lines never contain '\n', so line numbers stay exact.
 */
public final class HostileJson {
    private HostileJson() { }

    /** Edge timestamps: the extremes java.time and epoch milliseconds accept, and the ones just past them. */
    static final List<String> TIMESTAMPS = List.of("0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z",
            "+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z", "+292278994-08-17T07:12:55.807Z",
            "-292275055-05-16T16:47:04.192Z", "1970-01-01T00:00:00Z", "1969-12-31T23:59:59.999-00:01", "2026-02-30T00:00:00Z",
            "2026-01-14T24:00:00Z", "2016-12-31T23:59:60Z", "2026-01-14T03:12:45+18:00", "2026-01-14T03:12:45-18:01",
            "2026-01-14t03:12:45z", "2026-01-14 03:12:45Z", "2026-01-14T03:12:45", "", " ", "yesterday");

    static final List<String> NUMBERS = List.of("1e400", "-1e400", "9223372036854775807", "9223372036854775808",
            "-9223372036854775809", "123456789012345678901234567890", "2147483648", "-2147483649", "1.5", "-0", "0.0",
            "1E-400", "4.9e-324", "1.7976931348623157e308", "9.3e18", "-9.3e18", "0", "200", "429");

    public static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') sb.append('\\').append(c);
            else if (c < 0x20 || c > 0x7e) sb.append(String.format("\\u%04x", (int) c));
            else sb.append(c);
        }
        return sb.append('"').toString();
    }

    /** Any string: control chars, NUL, lone surrogates, emoji, as JSON escapes. */
    static Arbitrary<String> anyString() {
        return Arbitraries.strings().all().ofMaxLength(40).map(HostileJson::quote);
    }

    /** Strings past Lucene's term maximum and, now and then, past the indexed text size. */
    static Arbitrary<String> giantString() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, Arbitraries.integers().between(30_000, 70_000).map(n -> "\"" + "A".repeat(n) + "\"")),
                net.jqwik.api.Tuple.of(4, Arbitraries.integers().between(11_000, 20_000).map(n -> quote("\u00e9\uD83D\uDE00".repeat(n)))),
                net.jqwik.api.Tuple.of(1, Arbitraries.just("\"" + "word ".repeat(230_000) + "\"")));
    }

    static Arbitrary<String> deep() {
        return Arbitraries.integers().between(2, 1_500).flatMap(d -> Arbitraries.of("[", "{\"k\":").map(open ->
                open.repeat(d) + "1" + (open.equals("[") ? "]" : "}").repeat(d)));
    }

    /** A JSON value of any type and shape. */
    public static Arbitrary<String> value() {
        Arbitrary<String> scalar = Arbitraries.oneOf(anyString(), Arbitraries.of(NUMBERS), Arbitraries.of("true", "false", "null"),
                Arbitraries.of(TIMESTAMPS).map(HostileJson::quote), Arbitraries.longs().map(String::valueOf),
                Arbitraries.doubles().map(d -> Double.isFinite(d) ? String.valueOf(d) : "0"));
        Arbitrary<String> small = Arbitraries.oneOf(scalar, scalar.list().ofMaxSize(4).map(l -> "[" + String.join(",", l) + "]"),
                Combinators.combine(anyString(), scalar).as((k, v) -> "{" + k + ":" + v + "}"));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(20, small), net.jqwik.api.Tuple.of(3, giantString()),
                net.jqwik.api.Tuple.of(2, deep()));
    }

    /** Slots of a request record, each with a value that makes a valid record. */
    static Map<String, String> validSlots(String id) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("request_id", quote(id));
        m.put("timestamp", "\"2026-01-14T03:12:45.123Z\"");
        m.put("account_id", "\"acct_1\"");
        m.put("org_id", "\"org_1\"");
        m.put("api_key_id", "\"key_1\"");
        m.put("endpoint", "\"/v1/chat/completions\"");
        m.put("model", "\"frontier-large\"");
        m.put("client.ip", "\"203.0.113.9\"");
        m.put("client.asn", "64500");
        m.put("client.as_org", "\"Example Net\"");
        m.put("client.country", "\"SG\"");
        m.put("client.user_agent", "\"python-httpx/0.27.0\"");
        m.put("client.router", "\"gw-1\"");
        m.put("client.forwarded_for", "[\"198.51.100.7\"]");
        m.put("request.messages", "[{\"role\":\"system\",\"content\":\"Be brief.\"},{\"role\":\"user\",\"content\":\"explain krebs\"}]");
        m.put("response.status", "200");
        m.put("response.content", "\"The cycle...\"");
        m.put("response.reasoning", "\"First...\"");
        m.put("response.finish_reason", "\"stop\"");
        m.put("response.error", "{\"type\":\"none\"}");
        m.put("usage.input_tokens", "10");
        m.put("usage.output_tokens", "20");
        m.put("usage.reasoning_tokens", "5");
        m.put("latency_ms", "812");
        return m;
    }

    /** Writes slots back into one JSON object line, grouping dotted slots; {@code extra} is appended raw (duplicate keys). */
    static String render(Map<String, String> slots, String extra) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        List<String> top = new ArrayList<>();
        for (Map.Entry<String, String> e : slots.entrySet()) {
            int dot = e.getKey().indexOf('.');
            if (dot < 0) {
                top.add("\"" + e.getKey() + "\":" + e.getValue());
            } else {
                String g = e.getKey().substring(0, dot);
                if (!groups.containsKey(g)) top.add("@" + g);
                groups.computeIfAbsent(g, k -> new ArrayList<>()).add("\"" + e.getKey().substring(dot + 1) + "\":" + e.getValue());
            }
        }
        List<String> parts = new ArrayList<>();
        for (String t : top) parts.add(t.startsWith("@") ? "\"" + t.substring(1) + "\":{" + String.join(",", groups.get(t.substring(1))) + "}" : t);
        return "{" + String.join(",", parts) + extra + "}";
    }

    /** A valid record with one to three slots replaced by hostile values, and maybe a duplicate key appended. */
    public static Arbitrary<String> recordWithHostileFields(String id) {
        List<String> names = new ArrayList<>(validSlots(id).keySet());
        names.add("client");
        names.add("request");
        names.add("response");
        names.add("usage");
        Arbitrary<Map<String, String>> replacements = Combinators.combine(Arbitraries.of(names), value()).as(Map::entry)
                .list().ofMinSize(1).ofMaxSize(3).map(l -> {
                    Map<String, String> m = new LinkedHashMap<>();
                    for (var e : l) m.put(e.getKey(), e.getValue());
                    return m;
                });
        Arbitrary<String> dup = Arbitraries.oneOf(Arbitraries.just(""),
                Combinators.combine(Arbitraries.of("request_id", "timestamp", "account_id", "model", "client"), value())
                        .as((k, v) -> ",\"" + k + "\":" + v));
        return Combinators.combine(replacements, dup).as((rep, extra) -> {
            Map<String, String> slots = validSlots(id);
            for (var e : rep.entrySet()) {
                String k = e.getKey();
                if (k.indexOf('.') < 0 && !slots.containsKey(k)) {
                    slots.keySet().removeIf(s -> s.startsWith(k + "."));
                }
                slots.put(k, e.getValue());
            }
            return render(slots, extra);
        });
    }

    /** Byte damage: invalid UTF-8 sequences, NUL and control bytes, truncation; never a newline. */
    public static Arbitrary<byte[]> damaged(Arbitrary<String> lines) {
        Arbitrary<byte[]> noise = Arbitraries.of((byte) 0x00, (byte) 0xC3, (byte) 0xFF, (byte) 0xED, (byte) 0xA0, (byte) 0x80,
                (byte) 0xF4, (byte) 0x90, (byte) '\r', (byte) '"', (byte) '{', (byte) 0x1B, (byte) '\\').array(byte[].class).ofMinSize(1).ofMaxSize(4);
        return Combinators.combine(lines, Arbitraries.integers().between(0, Integer.MAX_VALUE), noise, Arbitraries.of(0, 1, 2))
                .as((line, at, bytes, how) -> {
                    byte[] b = line.getBytes(StandardCharsets.UTF_8);
                    int pos = b.length == 0 ? 0 : at % b.length;
                    byte[] out;
                    if (how == 0) {                      // overwrite
                        out = b.clone();
                        for (int i = 0; i < bytes.length && pos + i < out.length; i++) out[pos + i] = bytes[i];
                    } else if (how == 1) {               // insert
                        out = new byte[b.length + bytes.length];
                        System.arraycopy(b, 0, out, 0, pos);
                        System.arraycopy(bytes, 0, out, pos, bytes.length);
                        System.arraycopy(b, pos, out, pos + bytes.length, b.length - pos);
                    } else {                             // truncate
                        out = java.util.Arrays.copyOf(b, pos);
                    }
                    return out;
                });
    }

    /** Any bytes but a newline. */
    public static Arbitrary<byte[]> randomBytes() {
        return Arbitraries.bytes().filter(b -> b != '\n').array(byte[].class).ofMaxSize(200);
    }

    /** A valid record whose timestamp is an edge case and whose numbers are out of range or odd. */
    public static Arbitrary<String> recordWithEdgeValues(String id) {
        List<String> numeric = List.of("client.asn", "response.status", "usage.input_tokens", "usage.output_tokens",
                "usage.reasoning_tokens", "latency_ms");
        return Combinators.combine(Arbitraries.of(TIMESTAMPS), Arbitraries.of(numeric), Arbitraries.of(NUMBERS)).as((ts, slot, n) -> {
            Map<String, String> slots = validSlots(id);
            slots.put("timestamp", quote(ts));
            slots.put(slot, n);
            return render(slots, "");
        });
    }

    /** One line of a requests file: hostile records, damaged records and noise. */
    public static Arbitrary<byte[]> line(String id) {
        Arbitrary<String> hostile = recordWithHostileFields(id);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(10, hostile.map(s -> s.getBytes(StandardCharsets.UTF_8))),
                net.jqwik.api.Tuple.of(4, recordWithEdgeValues(id).map(s -> s.getBytes(StandardCharsets.UTF_8))),
                net.jqwik.api.Tuple.of(5, damaged(Arbitraries.just(render(validSlots(id), "")))),
                net.jqwik.api.Tuple.of(2, damaged(hostile)),
                net.jqwik.api.Tuple.of(2, randomBytes()),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("", " \t ", "\r", "null", "[]", "{}", "\"{}\"").map(s -> s.getBytes(StandardCharsets.UTF_8))));
    }

    /** A pristine record: these must always import. */
    public static byte[] validLine(String id) {
        return render(validSlots(id), "").getBytes(StandardCharsets.UTF_8);
    }
}
