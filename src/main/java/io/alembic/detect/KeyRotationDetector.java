package io.alembic.detect;

import io.alembic.detect.profile.Activity;
import io.alembic.detect.profile.AccountProfile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Evasion of rate limits: moving to a never-used API key right after a 429, again and again. */
public final class KeyRotationDetector implements Detector {
    public String id() { return "key_rotation"; }

    public Signal inspect(AccountProfile p, Rule r, LogContext log) {
        Activity a = p.activity();
        Set<Integer> used = new HashSet<>();
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            int k = a.key(i);
            if (i > 0 && k != a.key(i - 1) && !used.contains(k) && (a.flags(i - 1) & Activity.FLAG_RATE_LIMIT) != 0) at.add(i - 1);
            used.add(k);
        }
        if (at.size() < r.num("min_fresh_key_switches")) return null;
        String text = String.format(Locale.ROOT,
                "moved to a never-used API key right after a 429 rate limit %d times (threshold %d; %d keys in all).",
                at.size(), r.integer("min_fresh_key_switches"), a.keyCount());
        int[] pos = at.stream().limit(Finding.MAX_EVIDENCE).mapToInt(Integer::intValue).toArray();
        return Signal.of(id(), r, r.weight(), text, a.evidenceAt(pos), at.size());
    }
}
