package io.alembic.detect.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores flagged accounts against a generator's NAME.labels.json. Labelled accounts that have no requests in the case
 * count as not flagged, so an import problem shows up as missed distillers rather than silently improving recall.
 */
public final class Evaluator {
    private Evaluator() { }

    public static Evaluation evaluate(Path labels, Set<String> flagged) throws IOException {
        return evaluate(new ObjectMapper().readTree(Files.readAllBytes(labels)), flagged);
    }

    public static Evaluation evaluate(JsonNode labels, Set<String> flagged) {
        long tp = 0, fp = 0, fn = 0, tn = 0;
        Map<String, long[]> tactics = new TreeMap<>(), campaigns = new TreeMap<>();
        List<String> fps = new ArrayList<>(), misses = new ArrayList<>();
        Map<String, String> describe = new TreeMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = labels.path("accounts").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String id = e.getKey();
            JsonNode l = e.getValue();
            boolean distiller = "distiller".equals(l.path("label").asText());
            boolean hit = flagged.contains(id);
            if (distiller) {
                if (hit) tp++; else { fn++; misses.add(id); }
                String c = l.path("campaign").asText("?");
                count(campaigns, c, hit);
                for (JsonNode t : l.path("tactics")) count(tactics, t.asText(), hit);
                if (l.has("wave")) count(tactics, l.path("wave").asText(), hit);
                describe.put(id, "campaign " + c);
            } else {
                if (hit) { fp++; fps.add(id); } else tn++;
                describe.put(id, "benign " + l.path("profile").asText("?"));
            }
        }
        return new Evaluation(tp, fp, fn, tn, tactics, campaigns, fps, misses, describe);
    }

    private static void count(Map<String, long[]> m, String key, boolean hit) {
        long[] c = m.computeIfAbsent(key, k -> new long[2]);
        if (hit) c[0]++;
        c[1]++;
    }
}
