package io.alembic.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.alembic.detect.Rule;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What each detector measures, in plain words for a reader who is not an engineer, and its thresholds as the rules in
 * force state them ("at least", "at most"). The words are kept here, beside the exhibit, and name the measurement;
 * the numbers always come from the rules, never from this text.
 */
final class MethodText {
    private static final Map<String, String> MEASURES = Map.ofEntries(
            Map.entry("reasoning", "How many of the account's requests ask the model for its step-by-step reasoning (reasoning effort "
                    + "medium or higher) or get a reasoning trace back. Distillers want the reasoning, not only the answer."),
            Map.entry("coverage", "Whether the prompts walk through a large collection of distinct, self-contained tasks (few repeats, few "
                    + "follow-ups, few very short prompts) and receive more text than they send, as a harvest does, rather than apply one "
                    + "job to many documents."),
            Map.entry("templating", "How many prompts sit in recurring scaffolds: near-duplicate openings or closings around varying "
                    + "content, as a program fills a template."),
            Map.entry("probing", "How many conversations are continued with the same follow-up messages that the account also sends in "
                    + "other conversations: a scripted second question put to every answer."),
            Map.entry("elaboration", "Whether the typical follow-up draws an answer much longer than the answer it follows: asking the "
                    + "model to expand on everything, routinely."),
            Map.entry("cadence", "How evenly spaced the requests are (most gaps close to the typical gap) and whether they go on through "
                    + "the night: a scheduler, not a person."),
            Map.entry("volume", "Whether the daily number of requests is steady from day to day, on almost every day, with one model "
                    + "and parameter set: people and office tools swing with the week."),
            Map.entry("ramp", "Whether daily volume climbs along a steady exponential through the account's whole span: a planned "
                    + "scale-up rather than organic use."),
            Map.entry("automation", "Whether the requests come from a bare HTTP client library with the same few model settings, "
                    + "persistently on working days: a script rather than an application."),
            Map.entry("masking", "Whether direct requests arrive from many different networks with no network dominating: a proxy "
                    + "pool hiding where the requests come from."),
            Map.entry("key_rotation", "Whether the account moves to a never-used API key right after being rate limited (HTTP 429): "
                    + "evading the provider's limits."),
            Map.entry("cluster", "Which accounts are linked by what they share (addresses, payment, e-mail domain, creation time, "
                    + "software, activity at the same moments), each link weighed by how rare the shared value is in the log."),
            Map.entry("campaign", "Whether a cluster of linked accounts acts as one operation: fleet ties, extraction evidence among "
                    + "its members and in their pooled requests, automation or concealment."),
            Map.entry("scoring", "How findings combine into one score per account in [0,1], by family (extraction, machine, "
                    + "concealment, structure), with caps when a family is missing; an account is flagged at the flag threshold."));

    private MethodText() { }

    static String measures(String id) {
        return MEASURES.getOrDefault(id, "(no description for this detector)");
    }

    /** "requests at least 20; regularity at least 0.6; weight 0.4"; nested sections flattened one level. */
    static String thresholds(Rule rule) {
        List<String> parts = new ArrayList<>();
        add(parts, "", rule.data());
        return String.join("; ", parts);
    }

    private static void add(List<String> parts, String prefix, JsonNode node) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey();
            if (key.equals("version") || key.startsWith("_")) continue;
            JsonNode v = e.getValue();
            if (v.isObject()) {
                if (prefix.isEmpty()) add(parts, words(key) + " / ", v);
                else parts.add(prefix + words(key) + ": " + v.size() + " settings");
            } else if (v.isArray()) {
                parts.add(prefix + words(key) + ": " + (v.size() <= 6 ? list(v) : v.size() + " entries"));
            } else {
                parts.add(prefix + phrase(key, v.asText()));
            }
        }
    }

    private static String list(JsonNode array) {
        List<String> s = new ArrayList<>();
        array.forEach(n -> s.add(n.asText()));
        return String.join(", ", s);
    }

    static String phrase(String key, String value) {
        if (key.startsWith("min_")) return words(key.substring(4)) + " at least " + value;
        if (key.startsWith("max_")) return words(key.substring(4)) + " at most " + value;
        if (key.equals("weight")) return "weight " + value + " (the most it adds to a score)";
        return words(key) + " " + value;
    }

    private static String words(String key) { return key.replace('_', ' ').toLowerCase(Locale.ROOT); }
}
