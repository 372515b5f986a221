package io.alembic.detect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.alembic.detect.cluster.Cluster;
import io.alembic.detect.cluster.Link;

import java.util.ArrayList;
import java.util.List;

/** The report in the CLI's JSON contract; the case stores the same document so reopening shows the same results. */
public final class ReportCodec {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ReportCodec() { }

    public static ObjectNode toJson(DetectionReport r) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("rules_version", r.rulesVersion());
        n.put("requests", r.requests());
        ArrayNode accounts = n.putArray("accounts");
        for (AccountResult a : r.accounts()) {
            ObjectNode o = accounts.addObject();
            o.put("account_id", a.accountId());
            o.put("score", a.score());
            o.put("flagged", a.flagged());
            ArrayNode fs = o.putArray("findings");
            for (Finding f : a.findings()) {
                ObjectNode fo = fs.addObject();
                fo.put("detector", f.detector());
                fo.put("rule_version", f.ruleVersion());
                fo.put("score", Math.round(f.score() * 1000) / 1000.0);
                fo.put("explanation", f.explanation());
                ArrayNode ev = fo.putArray("evidence");
                f.evidenceSample().forEach(ev::add);
                fo.put("evidence_count", f.evidenceCount());
            }
            if (a.cluster() == null) o.putNull("cluster"); else o.put("cluster", a.cluster());
        }
        ArrayNode clusters = n.putArray("clusters");
        for (Cluster c : r.clusters()) {
            ObjectNode o = clusters.addObject();
            o.put("id", c.id());
            o.put("score", c.score());
            o.put("flagged", c.flagged());
            ArrayNode rs = o.putArray("reasons");
            c.reasons().forEach(rs::add);
            ArrayNode ac = o.putArray("accounts");
            c.accounts().forEach(ac::add);
            ArrayNode ls = o.putArray("links");
            for (Link l : c.links()) {
                ObjectNode lo = ls.addObject();
                lo.put("kind", l.kind());
                lo.put("value", l.value());
                lo.put("strength", l.strength());
                ArrayNode la = lo.putArray("accounts");
                l.accounts().forEach(la::add);
            }
        }
        return n;
    }

    public static String toString(DetectionReport r) {
        try {
            return MAPPER.writeValueAsString(toJson(r));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static DetectionReport parse(String json) {
        try {
            JsonNode n = MAPPER.readTree(json);
            List<AccountResult> accounts = new ArrayList<>();
            for (JsonNode a : n.path("accounts")) {
                List<Finding> fs = new ArrayList<>();
                for (JsonNode f : a.path("findings")) {
                    fs.add(new Finding(f.path("detector").asText(), f.path("rule_version").asText(), a.path("account_id").asText(),
                            f.path("score").asDouble(), f.path("explanation").asText(), strings(f.path("evidence")),
                            f.path("evidence_count").asLong()));
                }
                accounts.add(new AccountResult(a.path("account_id").asText(), a.path("score").asDouble(),
                        a.path("flagged").asBoolean(), fs, a.path("cluster").isNull() ? null : a.path("cluster").asText()));
            }
            List<Cluster> clusters = new ArrayList<>();
            for (JsonNode c : n.path("clusters")) {
                List<Link> links = new ArrayList<>();
                for (JsonNode l : c.path("links")) {
                    links.add(new Link(l.path("kind").asText(), l.path("value").asText(), l.path("strength").asDouble(),
                            strings(l.path("accounts"))));
                }
                clusters.add(new Cluster(c.path("id").asText(), strings(c.path("accounts")), links, c.path("score").asDouble(),
                        c.path("flagged").asBoolean(), strings(c.path("reasons"))));
            }
            return new DetectionReport(n.path("rules_version").asText(), n.path("requests").asLong(), accounts, clusters);
        } catch (Exception e) {
            throw new IllegalArgumentException("stored detection report is not readable: " + e.getMessage(), e);
        }
    }

    private static List<String> strings(JsonNode a) {
        List<String> out = new ArrayList<>();
        a.forEach(v -> out.add(v.asText()));
        return out;
    }
}
