package io.alembic.ui;

import java.util.Map;

/**
 * Which shipped pattern tag a detector's finding supports, so one click tags an account with the tag an analyst
 * would have picked by hand. Cadence and automation count as volume evasion because machine-regular pacing from a
 * scripted client is how a harvester keeps a steady volume under limits; cluster propagation counts as key rotation because it means several linked
 * accounts or keys carry one campaign.
 */
final class PatternTags {
    private static final Map<String, String> BY_DETECTOR = Map.ofEntries(
            Map.entry("templating", "templated-prompts"),
            Map.entry("harvest", "cot-harvest"),
            Map.entry("sweep", "capability-sweep"),
            Map.entry("evasion", "key-rotation"),
            Map.entry("cluster", "key-rotation"),
            Map.entry("infrastructure", "router-masking"),
            Map.entry("volume", "volume-evasion"),
            Map.entry("cadence", "volume-evasion"),
            Map.entry("automation", "volume-evasion"));

    private PatternTags() { }

    /** The tag for {@code detector}, or null for a detector no shipped tag describes (the button then stays off). */
    static String forDetector(String detector) { return detector == null ? null : BY_DETECTOR.get(detector); }
}
