package io.alembic.detect;

import java.util.ArrayList;
import java.util.List;

/**
 * Harvesting reasoning: prompts that demand a full chain of thought (harvest phrasing, not a learner's "can you explain
 * the steps"), or answer-only prompts that build (question, answer) pairs. High reasoning effort is reported alongside.
 */
public final class ReasoningHarvestDetector implements Detector {
    public String id() { return "harvest"; }

    public List<Finding> run(DetectionInput in) {
        Rule r = in.rules().of(id());
        List<Finding> out = new ArrayList<>();
        for (AccountProfile p : in.profiles().values()) {
            if (p.n < r.num("min_requests")) continue;
            double cot = p.cot.count() / (double) p.n, answers = p.answerOnly.count() / (double) p.n;
            double share = cot + answers;
            if (share < r.num("min_share")) continue;
            String effort = String.format(java.util.Locale.ROOT, "reasoning_effort=high on %s, reasoning returned on %s",
                    Times.pct(p.effortHigh / (double) p.n), Times.pct(p.withReasoning / (double) p.n));
            String text;
            List<String> ev = new ArrayList<>(p.cot.sample());
            if (p.cot.count() >= p.answerOnly.count()) {
                text = String.format(java.util.Locale.ROOT, "%d of %d prompts (%s) ask for the full step-by-step reasoning%s; %s.",
                        p.cot.count(), p.n, Times.pct(cot),
                        p.answerOnly.count() > 0 ? " and " + p.answerOnly.count() + " more for the answer only" : "", effort);
            } else {
                text = String.format(java.util.Locale.ROOT, "%d of %d prompts (%s) ask for the final answer only, no explanation%s; %s.",
                        p.answerOnly.count(), p.n, Times.pct(answers),
                        p.cot.count() > 0 ? ", " + p.cot.count() + " more for full reasoning" : "", effort);
            }
            ev.addAll(p.answerOnly.sample());
            out.add(new Finding(id(), r.version(), p.accountId, r.weight() * Math.min(1, share / 0.6), text, ev,
                    p.cot.count() + p.answerOnly.count()));
        }
        return out;
    }
}
