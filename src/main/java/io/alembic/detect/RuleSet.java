package io.alembic.detect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rule data of every detector, from the JSON files shipped next to this class, optionally overridden by an
 * analyst's file {@code {"cadence": {"min_requests": 40}, ...}} (keys replace shipped keys one by one, nested objects
 * merged; an unknown section is an error rather than a silently ignored typo). The version
 * names the shipped rule versions plus a digest of the effective rules, so a changed threshold shows in the results.
 */
public final class RuleSet {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Sections that are not detectors but still rule data. */
    static final List<String> SHARED = List.of("profile", "cluster", "campaign", "scoring");

    private final Map<String, Rule> rules;
    private final String version;

    private RuleSet(Map<String, Rule> rules, String version) {
        this.rules = rules;
        this.version = version;
    }

    public static RuleSet builtin() { return load(null); }

    /** @param override null for shipped rules only */
    public static RuleSet load(Path override) {
        try {
            JsonNode over = override == null ? MAPPER.createObjectNode() : MAPPER.readTree(Files.readAllBytes(override));
            if (!over.isObject()) throw new IllegalArgumentException(override + ": rules override must be a JSON object");
            Map<String, Rule> out = new LinkedHashMap<>();
            StringBuilder canonical = new StringBuilder();
            StringBuilder versions = new StringBuilder();
            List<String> ids = new java.util.ArrayList<>(SHARED);
            Detectors.all().forEach(d -> ids.add(d.id()));
            for (java.util.Iterator<String> it = over.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (name.startsWith("_")) continue; // "_about" and the like: notes for the reader
                if (!ids.contains(name)) throw new IllegalArgumentException(override + ": no rule section '" + name
                        + "' (sections: " + String.join(", ", ids) + ")");
            }
            for (String id : ids) {
                ObjectNode data = shipped(id);
                JsonNode o = over.get(id);
                if (o != null && !o.isObject()) throw new IllegalArgumentException(override + ": section '" + id + "' must be an object");
                if (o != null) merge(data, (ObjectNode) o);
                String v = data.path("version").asText("0");
                out.put(id, new Rule(id, v, data));
                canonical.append(id).append('=').append(MAPPER.writeValueAsString(data)).append('\n');
                versions.append(versions.length() == 0 ? "" : ",").append(id).append('@').append(v);
            }
            String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8))).substring(0, 12);
            return new RuleSet(out, "rules-" + digest);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read rules " + override + ": " + e.getMessage(), e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Overrides key by key, descending into nested objects, so one nested threshold keeps its siblings. */
    private static void merge(ObjectNode into, ObjectNode over) {
        over.fields().forEachRemaining(e -> {
            JsonNode cur = into.get(e.getKey());
            if (cur instanceof ObjectNode c && e.getValue() instanceof ObjectNode o) merge(c, o);
            else into.set(e.getKey(), e.getValue());
        });
    }

    private static ObjectNode shipped(String id) throws IOException {
        try (InputStream in = RuleSet.class.getResourceAsStream(id + ".json")) {
            if (in == null) throw new IllegalStateException("no shipped rules for " + id);
            return (ObjectNode) MAPPER.readTree(in);
        }
    }

    public Rule of(String id) {
        Rule r = rules.get(id);
        if (r == null) throw new IllegalArgumentException("no rules for " + id);
        return r;
    }

    /** "rules-" + a digest of the effective rule data. */
    public String version() { return version; }

    /** id@version of every section, for the audit trail. */
    public Map<String, String> sectionVersions() {
        Map<String, String> m = new LinkedHashMap<>();
        rules.forEach((k, v) -> m.put(k, v.version()));
        return m;
    }
}
