package io.alembic.detect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the cross-account stage knew about the whole population when it scored a set of accounts: how many accounts
 * the log held, its time window, how many accounts held each value those accounts hold (and each pair of values, for
 * co-occurrence groups), and the registration bursts they belong to. A reduced bundle carries it, so scoring the kept
 * accounts again on a laptop, without the rest of the log, weighs every shared value as the full run did.
 *
 * @param counts  "kind\u0001value" to the number of accounts holding it, and co-occurrence keys to pair counts
 * @param hubs    for values held by more accounts than are joined pairwise, the account they were joined through
 */
public record PopulationContext(int accounts, long windowStart, long windowEnd, long requests, Map<String, Integer> counts,
                                List<Burst> bursts, Map<String, String> hubs) implements Serializable {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** A registration burst as the full registry showed it: members (only those kept) and its significance. */
    public record Burst(List<String> members, double significance, String describe) implements Serializable {}

    public PopulationContext {
        counts = java.util.Collections.unmodifiableMap(new TreeMap<>(counts));
        bursts = List.copyOf(bursts);
        hubs = java.util.Collections.unmodifiableMap(new TreeMap<>(hubs == null ? Map.of() : hubs));
    }

    public LogContext log() { return new LogContext(windowStart, windowEnd, accounts, requests); }

    public String toJson() {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("format", "alembic-population-context");
        n.put("version", 1);
        n.put("accounts", accounts);
        n.put("window_start_ms", windowStart);
        n.put("window_end_ms", windowEnd);
        n.put("requests", requests);
        ObjectNode c = n.putObject("counts");
        counts.forEach(c::put);
        ObjectNode h = n.putObject("hubs");
        hubs.forEach(h::put);
        ArrayNode b = n.putArray("bursts");
        for (Burst x : bursts) {
            ObjectNode o = b.addObject();
            o.put("significance", x.significance());
            o.put("describe", x.describe());
            ArrayNode m = o.putArray("members");
            x.members().forEach(m::add);
        }
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(n) + "\n";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** @throws IllegalArgumentException naming what is wrong when the text is not a population context */
    public static PopulationContext parse(String json) {
        try {
            JsonNode n = MAPPER.readTree(json);
            if (n == null || !"alembic-population-context".equals(n.path("format").asText()))
                throw new IllegalArgumentException("not an Alembic population context (format field missing or different)");
            if (n.path("version").asInt() != 1) throw new IllegalArgumentException("population context version " + n.path("version") + " is not supported");
            Map<String, Integer> counts = new TreeMap<>();
            n.path("counts").fields().forEachRemaining(e -> counts.put(e.getKey(), e.getValue().asInt()));
            List<Burst> bursts = new ArrayList<>();
            for (JsonNode b : n.path("bursts")) {
                List<String> m = new ArrayList<>();
                b.path("members").forEach(x -> m.add(x.asText()));
                bursts.add(new Burst(m, b.path("significance").asDouble(), b.path("describe").asText()));
            }
            Map<String, String> hubs = new TreeMap<>();
            n.path("hubs").fields().forEachRemaining(e -> hubs.put(e.getKey(), e.getValue().asText()));
            return new PopulationContext(n.path("accounts").asInt(), n.path("window_start_ms").asLong(), n.path("window_end_ms").asLong(),
                    n.path("requests").asLong(), counts, bursts, hubs);
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalArgumentException("population context is not readable: " + e.getMessage(), e);
        }
    }
}
