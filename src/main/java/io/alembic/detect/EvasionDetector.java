package io.alembic.detect;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Evasion after enforcement: (a) switching to a never-used API key right after a rate limit, again and again; (b) an
 * account created shortly after another account was banned, whose traffic starts after that ban.
 */
public final class EvasionDetector implements Detector {
    public String id() { return "evasion"; }

    public List<Finding> run(DetectionInput in) {
        Rule r = in.rules().of(id());
        List<Finding> out = new ArrayList<>();
        List<AccountProfile> bannedAccounts = in.profiles().values().stream().filter(p -> p.firstBanTs != Long.MAX_VALUE).toList();
        for (AccountProfile p : in.profiles().values()) {
            int switches = freshKeySwitches(p);
            if (switches >= r.num("min_fresh_key_switches")) {
                String text = String.format(java.util.Locale.ROOT,
                        "moved to a never-used API key right after a 429 rate limit %d times (%d keys, %d rate-limited requests).",
                        switches, p.keys.size(), p.rateLimited.count());
                out.add(new Finding(id(), r.version(), p.accountId, r.weight(), text, p.rateLimited.sample(), p.rateLimited.count()));
            }
            AccountFacts facts = in.registry().get(p.accountId);
            if (facts == null || facts.createdAtMs() == null) continue;
            for (AccountProfile b : bannedAccounts) {
                long after = facts.createdAtMs() - b.firstBanTs;
                if (b == p || after < 0 || after > r.num("creation_after_ban_hours") * 3_600_000L || p.firstTs < b.firstBanTs) continue;
                String text = String.format(java.util.Locale.ROOT,
                        "created %.1f h after %s was banned (%s) and active only from then on (%d requests).",
                        after / 3_600_000.0, b.accountId, Times.format(b.firstBanTs), p.n);
                List<String> ev = new ArrayList<>(p.all.sample());
                out.add(new Finding(id(), r.version(), p.accountId, r.weight() * 0.6, text, ev, p.n));
                break;
            }
        }
        return out;
    }

    static int freshKeySwitches(AccountProfile p) {
        p.seal();
        Set<Integer> used = new HashSet<>();
        int switches = 0;
        for (int i = 0; i < p.n; i++) {
            int k = p.key(i);
            if (i > 0 && k != p.key(i - 1) && !used.contains(k) && (p.flags(i - 1) & AccountProfile.FLAG_RATE_LIMIT) != 0) switches++;
            used.add(k);
        }
        return switches;
    }

    static boolean banned(Map<String, AccountFacts> registry, String id) {
        AccountFacts f = registry.get(id);
        return f != null && "banned".equalsIgnoreCase(f.status());
    }
}
