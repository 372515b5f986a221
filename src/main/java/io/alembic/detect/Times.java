package io.alembic.detect;

import java.time.Instant;

/** Formatting for explanations: second-precision UTC. */
public final class Times {
    private Times() { }

    public static String format(long ms) {
        return Instant.ofEpochMilli(ms - Math.floorMod(ms, 1000L)).toString();
    }

    public static String pct(double share) {
        return Math.round(share * 100) + "%";
    }
}
