package io.alembic.detect.parts;

import java.util.List;

/** Matches any of a list of phrases as whole-word sequences, case- and punctuation-insensitive. */
public final class PhraseMatcher {
    private final List<String> phrases;

    public PhraseMatcher(List<String> phrases) {
        this.phrases = phrases.stream().map(Tokenizer::normalise).filter(p -> !p.isBlank()).toList();
    }

    /** @param normalised text from {@link Tokenizer#normalise} (normalise once, match many lists) */
    public boolean matches(String normalised) {
        for (String p : phrases) if (normalised.contains(p)) return true;
        return false;
    }
}
