package io.alembic.ui;

import java.util.Map;

/**
 * Which shipped pattern tag a detector's finding supports, so one click tags an account with the tag an analyst
 * would have picked by hand. Cadence and automation count as volume evasion because machine-regular pacing from a
 * scripted client is how a harvester keeps a steady volume under limits; reasoning demand and follow-up probing are
 * harvesting of reasoning; a campaign finding means a coordinated fleet.
 */
final class PatternTags {
    private static final Map<String, String> BY_DETECTOR = Map.ofEntries(
            Map.entry("templating", "templated-prompts"),
            Map.entry("reasoning", "cot-harvest"),
            Map.entry("probing", "cot-harvest"),
            Map.entry("elaboration", "cot-harvest"),
            Map.entry("ramp", "volume-evasion"),
            Map.entry("coverage", "capability-sweep"),
            Map.entry("key_rotation", "key-rotation"),
            Map.entry("masking", "source-masking"),
            Map.entry("campaign", "coordinated-fleet"),
            Map.entry("volume", "volume-evasion"),
            Map.entry("cadence", "volume-evasion"),
            Map.entry("automation", "volume-evasion"));

    private PatternTags() { }

    /** The tag for {@code detector}, or null for a detector no shipped tag describes (the button then stays off). */
    static String forDetector(String detector) { return detector == null ? null : BY_DETECTOR.get(detector); }
}
