package io.alembic.detect;

import java.util.ArrayList;
import java.util.List;

/**
 * Infrastructure sharing: the account shares a direct IP address, a forwarded-for origin or a payment fingerprint with
 * several other accounts. Router addresses never count (see LinkBuilder); two accounts of one company are normal.
 */
public final class InfrastructureDetector implements Detector {
    static final List<String> STRONG = List.of("ip", "forwarded_for", "payment");

    public String id() { return "infrastructure"; }

    public List<Finding> run(DetectionInput in) {
        Rule r = in.rules().of(id());
        List<Finding> out = new ArrayList<>();
        for (AccountProfile p : in.profiles().values()) {
            List<String> partners = in.links().partners(p.accountId, STRONG);
            if (partners.size() < r.num("min_strong_partners")) continue;
            List<String> kinds = in.links().linksOf(p.accountId).stream().filter(l -> STRONG.contains(l.kind()))
                    .map(l -> l.kind() + " " + l.value()).distinct().limit(4).toList();
            String text = String.format(java.util.Locale.ROOT, "shares %s with %d other accounts (%s).",
                    String.join(" and ", in.links().linksOf(p.accountId).stream().filter(l -> STRONG.contains(l.kind()))
                            .map(io.alembic.detect.cluster.Link::kind).distinct().toList()),
                    partners.size(), String.join(", ", partners.subList(0, Math.min(5, partners.size()))) + "; " + String.join(", ", kinds));
            out.add(new Finding(id(), r.version(), p.accountId, r.weight(), text, p.all.sample(), p.n));
        }
        return out;
    }
}
