package io.alembic.detect.cluster;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CooccurrenceGroupsTest {
    private static final int N = 3000;
    private static final String[] SDK_DEFAULTS = {"temperature=1;", "temperature=0.7;", "max_tokens=1024;", "top_p=0.9;",
            "temperature=0;", "max_tokens=4096;temperature=0.2;", "temperature=0.5;", "max_tokens=256;", "seed=1;", "n=1;"};

    private static final String[] BROWSERS = {"Mozilla/5.0 (Windows NT 10.0) Chrome/126.0", "Mozilla/5.0 (Macintosh) Safari/605.1",
            "Mozilla/5.0 (X11; FreeBSD amd64) Firefox/128.0"};

    private static List<List<CooccurrenceGroups.Value>> empty() {
        List<List<CooccurrenceGroups.Value>> v = new ArrayList<>();
        for (int i = 0; i < N; i++) v.add(new ArrayList<>());
        return v;
    }

    private static CooccurrenceGroups.Value v(String facet, String name) { return new CooccurrenceGroups.Value(facet, name); }

    @Test
    void aBigFleetSharingAParameterSetAndARegistrationBurstFormsAGroup() {
        // 150 small accounts (indices 0-149) share a common SDK parameter set, also used by 200 unrelated accounts,
        // and a registration burst that also caught 10 ordinary sign-ups
        List<List<CooccurrenceGroups.Value>> values = empty();
        SplittableRandom r = new SplittableRandom(4);
        String shared = "setup m-small|max_tokens=2048;temperature=0.4;", burst = "registration burst 160 accounts";
        for (int i = 0; i < N; i++) {
            boolean fleet = i < 150;
            values.get(i).add(v("software", fleet || i >= 2800 ? shared : "setup m-small|" + SDK_DEFAULTS[r.nextInt(SDK_DEFAULTS.length)]));
            if (fleet || (i >= 1000 && i < 1010)) values.get(i).add(v("registration", burst));
            values.get(i).add(v("identity", "mail " + (r.nextInt(3) == 0 ? "postbox.example" : "home-" + i + ".example")));
        }
        List<CooccurrenceGroups.Group> groups = CooccurrenceGroups.find(values, Sx.CLUSTER);
        assertEquals(1, groups.size(), groups.toString());
        CooccurrenceGroups.Group g = groups.get(0);
        assertEquals(java.util.stream.IntStream.range(0, 150).boxed().toList(), g.members());
        assertTrue(g.covert(), "a registration burst is something an operator shares without meaning to");
        assertTrue(g.strength() > 0);
        assertTrue(g.describe().startsWith("150 accounts have both"), g.describe());
    }

    @Test
    void subPopulationCorrelationIsNotAGroup() {
        // consumers: 800 on one webmail, 700 use one phone app, 400 of them both (well above the 187 chance predicts,
        // because consumers pick consumer things), plus assorted other values
        List<List<CooccurrenceGroups.Value>> values = empty();
        SplittableRandom r = new SplittableRandom(6);
        for (int i = 0; i < N; i++) {
            boolean webmail = i < 800, app = i >= 400 && i < 1100;
            values.get(i).add(v("identity", "mail " + (webmail ? "postbox.example" : "home-" + (i % 900) + ".example")));
            values.get(i).add(v("software", app ? "agent Quillnote/5.2.1 (iPhone; iOS 17.4)" : "agent " + BROWSERS[r.nextInt(BROWSERS.length)]));
        }
        assertEquals(List.of(), CooccurrenceGroups.find(values, Sx.CLUSTER));
    }

    @Test
    void valuesOfOneFacetAreNeverPaired() {
        // every user of one app has its agent and its parameter set: that is one thing, not two
        List<List<CooccurrenceGroups.Value>> values = empty();
        for (int i = 0; i < 200; i++) {
            values.get(i).add(v("software", "agent Tallyho/3.2 (iPad; iPadOS 17.5)"));
            values.get(i).add(v("software", "setup m-chat|max_tokens=600;temperature=0.3;"));
        }
        assertEquals(List.of(), CooccurrenceGroups.find(values, Sx.CLUSTER));
    }

    @Test
    void aSharedStartAndEndDayPair() {
        List<List<CooccurrenceGroups.Value>> values = empty();
        for (int i = 0; i < 40; i++) {
            values.get(i).add(new CooccurrenceGroups.Value(CooccurrenceGroups.TIMING, "first active 2026-01-04", 20457));
            values.get(i).add(new CooccurrenceGroups.Value(CooccurrenceGroups.TIMING, "last active 2026-01-18", 20471));
        }
        List<CooccurrenceGroups.Group> groups = CooccurrenceGroups.find(values, Sx.CLUSTER);
        assertEquals(1, groups.size());
        assertEquals(40, groups.get(0).members().size());
        assertTrue(groups.get(0).covert());
    }
}
