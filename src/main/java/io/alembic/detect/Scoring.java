package io.alembic.detect;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * An account's own score from its findings, by family. Each family combines its findings as 1 - prod(1 - s) (independent
 * evidence reinforces, never exceeds 1), and so do the families. Distillation is extracting a model's output, so with no
 * extraction evidence the score stays well under the flag; and one kind of evidence alone (only extraction: a student or
 * an evaluation; only machine traffic: any integration) stays under it too. Flagging needs extraction plus automation or
 * concealment, or a campaign (see {@link io.alembic.detect.cluster.CampaignStage}); evading the provider's enforcement
 * (fresh keys after rate limits) stands in for extraction, since no ordinary integration does it.
 */
public final class Scoring {
    public static final String EXTRACTION = "extraction", MACHINE = "machine", CONCEALMENT = "concealment";
    /** The families that count as distinct kinds of evidence; others (e.g. prompt structure) add to the score only. */
    static final List<String> KINDS = List.of(EXTRACTION, MACHINE, CONCEALMENT);

    /** The account's own verdict; note is a zero-score finding explaining a cap, or null. */
    public record Own(double score, Map<String, Double> families, Signal note) {
        public double family(String f) { return families.getOrDefault(f, 0.0); }
    }

    private final Rule rule;
    private final Map<String, String> familyOf = new TreeMap<>();

    public Scoring(Rule scoringRule) {
        this.rule = scoringRule;
        JsonNode fams = scoringRule.data().get("families");
        if (fams == null || !fams.isObject()) throw new IllegalStateException("scoring rules lack 'families'");
        fams.fields().forEachRemaining(e -> e.getValue().forEach(d -> familyOf.put(d.asText(), e.getKey())));
    }

    public String familyOf(String detector) { return familyOf.getOrDefault(detector, "other"); }

    public double threshold() { return rule.num("flag_threshold"); }

    public Own own(List<Signal> signals) {
        Map<String, Double> keep = new TreeMap<>();
        for (Signal s : signals) keep.merge(familyOf(s.detector()), 1 - s.score(), (a, b) -> a * b);
        Map<String, Double> families = new TreeMap<>();
        keep.forEach((f, k) -> families.put(f, 1 - k));
        double all = 1;
        for (double v : families.values()) all *= 1 - v;
        double score = 1 - all;
        double extraction = families.getOrDefault(EXTRACTION, 0.0);
        List<String> present = new ArrayList<>();
        for (String f : KINDS) if (families.getOrDefault(f, 0.0) > 0) present.add(f);
        double cap = 1;
        String why = null;
        boolean evading = signals.stream().anyMatch(x -> rule.strings("evasion_detectors").contains(x.detector()));
        if (extraction == 0 && !evading && score > rule.num("no_extraction_cap")) {
            cap = rule.num("no_extraction_cap");
            why = "no extraction finding (" + String.join(", ", detectors(EXTRACTION)) + "): automated or masked traffic "
                    + "that asks nothing of the model beyond ordinary use is what integrations and privacy-minded people send";
        } else if (families.getOrDefault(CONCEALMENT, 0.0) == 0 && count(signals, EXTRACTION) < rule.num("min_extraction_findings")
                && score > rule.num("single_sign_cap")) {
            cap = rule.num("single_sign_cap");
            why = "one sign of extraction in traffic that hides nothing: an application's canned follow-ups or a job over "
                    + "distinct inputs show as much, so it takes a second sign of extraction, concealment or a campaign";
        } else if (present.size() == 1 && score > rule.num("single_family_cap")) {
            cap = rule.num("single_family_cap");
            why = "only " + present.get(0) + " evidence: one kind of evidence alone is what students, evaluation teams or "
                    + "integrations also show";
        }
        if (why == null) return new Own(score, families, null);
        Signal note = new Signal("scoring", rule.version(), 0, String.format(Locale.ROOT,
                "own evidence combines to %.2f but is capped at %.2f: %s.", score, cap, why), new int[0], 0);
        return new Own(cap, families, note);
    }

    private long count(List<Signal> signals, String family) {
        return signals.stream().filter(s -> familyOf(s.detector()).equals(family)).map(Signal::detector).distinct().count();
    }

    private List<String> detectors(String family) {
        List<String> out = new ArrayList<>();
        familyOf.forEach((d, f) -> { if (f.equals(family)) out.add(d); });
        return out;
    }
}
