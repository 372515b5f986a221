package io.alembic.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Capability sweep: prompts spread evenly over many task families instead of one application's domain. */
public final class CapabilitySweepDetector implements Detector {
    public String id() { return "sweep"; }

    public List<Finding> run(DetectionInput in) {
        Rule r = in.rules().of(id());
        List<Finding> out = new ArrayList<>();
        for (AccountProfile p : in.profiles().values()) {
            if (p.n < r.num("min_requests")) continue;
            List<String> covered = new ArrayList<>();
            List<String> ev = new ArrayList<>();
            for (Map.Entry<String, Evidence> e : p.families.entrySet()) {
                if (e.getKey().equals("other") || e.getValue().count() < r.num("min_family_share") * p.n) continue;
                covered.add(e.getKey() + " " + Times.pct(e.getValue().count() / (double) p.n));
                for (String id : e.getValue().sample()) if (ev.size() < 4 * covered.size()) ev.add(id);
            }
            if (covered.size() < r.num("min_families")) continue;
            String text = String.format(java.util.Locale.ROOT, "%d prompts cover %d task families evenly (%s).",
                    p.n, covered.size(), String.join(", ", covered));
            out.add(new Finding(id(), r.version(), p.accountId, r.weight(), text, ev, p.n));
        }
        return out;
    }
}
