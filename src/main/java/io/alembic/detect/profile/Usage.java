package io.alembic.detect.profile;

import io.alembic.detect.RequestFacts;
import io.alembic.detect.parts.TopCounter;

import java.util.Locale;

/**
 * What an account asked of the model and what it got back: reasoning requested or returned, how much of the output was
 * reasoning, how long answers were against prompts, and the sampling setup. None of it depends on the prompt's wording.
 */
public final class Usage {
    long effortSet, effortHigh, reasoningReturned, inputTokens, outputTokens, reasoningTokens, ok;
    final TopCounter<String> setups = new TopCounter<>(6), models = new TopCounter<>(4);

    /** @return true when this request asked for or returned reasoning */
    boolean add(RequestFacts r) {
        if (r.status() >= 200 && r.status() < 300 || r.status() < 0) ok++;
        String effort = r.reasoningEffort() == null ? null : r.reasoningEffort().toLowerCase(Locale.ROOT);
        boolean asked = effort != null && !effort.equals("none") && !effort.equals("minimal") && !effort.equals("low");
        if (asked) effortSet++;
        if (effort != null && (effort.equals("high") || effort.equals("xhigh") || effort.equals("max"))) effortHigh++;
        boolean returned = r.hasReasoning() || r.reasoningTokens() > 0;
        if (returned) reasoningReturned++;
        inputTokens += Math.max(0, r.inputTokens());
        outputTokens += Math.max(0, r.outputTokens());
        reasoningTokens += Math.max(0, r.reasoningTokens());
        String model = r.model() == null ? "" : Sources.cut(r.model());
        models.add(model);
        setups.add(model + "|" + Sources.cut(r.params()));
        return asked || returned;
    }

    public long effortSet() { return effortSet; }

    public long effortHigh() { return effortHigh; }

    public long reasoningReturned() { return reasoningReturned; }

    public long inputTokens() { return inputTokens; }

    public long outputTokens() { return outputTokens; }

    public long reasoningTokens() { return reasoningTokens; }

    /** Successful requests (2xx, or no status recorded). */
    public long ok() { return ok; }

    /** Share of the account's requests sent with its most common model and parameter set. */
    public double dominantSetupShare() { return setups.topShare(); }

    /** Share of requests sent with the account's few most common setups: a script switches among a handful. */
    public double topSetupsShare(int k) {
        long sum = 0;
        var top = setups.top();
        for (int i = 0; i < Math.min(k, top.size()); i++) sum += top.get(i).count();
        return setups.total() == 0 ? 0 : sum / (double) setups.total();
    }

    public String dominantSetup() { return setups.first() == null ? "" : setups.first().value(); }

    public int models() { return models.top().size(); }
}
