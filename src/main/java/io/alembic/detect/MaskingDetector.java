package io.alembic.detect;

import io.alembic.detect.profile.AccountProfile;
import io.alembic.detect.profile.Sources;

import java.util.Locale;

/**
 * Source masking: one account's direct requests come from address after address in network after network, none of
 * them a home. A person has a home line, an office and a phone (a few networks, one of them carrying most traffic);
 * a phone on the move changes address within its carrier; a VPN user stays on the VPN's networks. A rotating proxy
 * pool spreads one account over dozens of unrelated consumer networks, each carrying a sliver. Counted without regard
 * to order, from addresses and network numbers only.
 */
public final class MaskingDetector implements Detector {
    public String id() { return "masking"; }

    public Signal inspect(AccountProfile p, Rule r, LogContext log) {
        Sources s = p.sources();
        long direct = s.direct();
        if (direct < r.num("min_direct_requests")) return null;
        int asns = s.distinctAsns(), ips = s.distinctIps();
        double top = s.topAsnShare(), ipRatio = ips / (double) direct;
        if (asns < r.num("min_networks") || top > r.num("max_top_network_share") || ipRatio < r.num("min_address_ratio")) return null;
        double strength = Math.min(1, asns / r.num("full_networks"));
        String text = String.format(Locale.ROOT,
                "%d direct requests came from %s%d addresses in %s%d networks (threshold %d) and %d countries; the busiest "
                        + "network carried only %s of them (threshold at most %s): a rotating pool of sources, not a person's "
                        + "home, office or phone.",
                direct, s.ipsSaturated() ? "at least " : "", ips, s.asnsSaturated() ? "at least " : "", asns,
                r.integer("min_networks"), s.distinctCountries(), Times.pct(top), Times.pct(r.num("max_top_network_share")));
        return Signal.of(id(), r, r.weight() * strength, text, p.activity().evidence(AccountProfile.MARK_DIRECT, Finding.MAX_EVIDENCE), direct);
    }
}
