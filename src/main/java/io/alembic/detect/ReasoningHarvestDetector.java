package io.alembic.detect;

import java.util.ArrayList;
import java.util.List;

/**
 * Harvesting reasoning: prompts that demand a full chain of thought (harvest phrasing, not a learner's "can you explain
 * the steps"), or answer-only prompts that build (question, answer) pairs. Stock phrases are counted, and so are
 * paraphrases caught by their reasoning-demand vocabulary. High reasoning effort is reported alongside. Wording alone
 * is also what learners and eval teams send, so scoring caps an account whose only evidence is of this kind.
 */
public final class ReasoningHarvestDetector implements Detector {
    public String id() { return "harvest"; }

    public List<Finding> run(DetectionInput in) {
        Rule r = in.rules().of(id());
        List<Finding> out = new ArrayList<>();
        for (AccountProfile p : in.profiles().values()) {
            if (p.n < r.num("min_requests")) continue;
            double share = p.demand.count() / (double) p.n;
            if (share < r.num("min_share")) continue;
            long paraphrased = p.demand.count() - Math.min(p.demand.count(), p.cot.count() + p.answerOnly.count());
            String effort = String.format(java.util.Locale.ROOT, "reasoning_effort=high on %s, reasoning returned on %s",
                    Times.pct(p.effortHigh / (double) p.n), Times.pct(p.withReasoning / (double) p.n));
            String kind = p.answerOnly.count() > p.cot.count() ? "ask for the final answer only, no explanation"
                    : "ask for the full step-by-step reasoning";
            String text = String.format(java.util.Locale.ROOT,
                    "%d of %d prompts (%s) %s (%d in stock phrasing: %d reasoning, %d answer-only; %d paraphrased); %s.",
                    p.demand.count(), p.n, Times.pct(share), kind, p.cot.count() + p.answerOnly.count(), p.cot.count(),
                    p.answerOnly.count(), paraphrased, effort);
            List<String> ev = new ArrayList<>(p.cot.sample());
            ev.addAll(p.answerOnly.sample());
            ev.addAll(p.demand.sample());
            out.add(new Finding(id(), r.version(), p.accountId, r.weight() * Math.min(1, share / 0.6), text,
                    ev.stream().distinct().toList(), p.demand.count()));
        }
        return out;
    }
}
