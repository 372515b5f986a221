package io.alembic.detect;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** One detector's rule data: thresholds, weights and phrase lists, read from JSON. A missing key is a packaging bug. */
public record Rule(String id, String version, JsonNode data) {
    public double num(String key) {
        JsonNode n = data.get(key);
        if (n == null || !n.isNumber()) throw new IllegalStateException("rule " + id + " lacks number '" + key + "'");
        return n.asDouble();
    }

    public int integer(String key) { return (int) num(key); }

    public int integer(String... path) { return (int) num(path); }

    public List<String> strings(String key) {
        JsonNode n = data.get(key);
        if (n == null || !n.isArray()) throw new IllegalStateException("rule " + id + " lacks list '" + key + "'");
        List<String> out = new ArrayList<>();
        n.forEach(v -> out.add(v.asText()));
        return out;
    }

    /** A nested object's number: {"kinds": {"ip": {"weight": 0.6}}} gives num("kinds", "ip", "weight"). */
    public double num(String... path) {
        JsonNode n = data;
        for (String k : path) n = n == null ? null : n.get(k);
        if (n == null || !n.isNumber()) throw new IllegalStateException("rule " + id + " lacks number '" + String.join(".", path) + "'");
        return n.asDouble();
    }

    /** This detector's weight: the most its findings can add to an account score. */
    public double weight() { return num("weight"); }
}
