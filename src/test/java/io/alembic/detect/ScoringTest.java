package io.alembic.detect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScoringTest {
    private static final Rule R = Fx.rule("scoring");
    private static final Scoring S = new Scoring(R);

    private static Signal sig(String detector, double score) { return new Signal(detector, "v", score, "why", new int[0], 1); }

    private static double weight(String detector) { return Fx.rule(detector).weight(); }

    @Test
    void detectorsBelongToTheirFamilies() {
        assertEquals(Scoring.EXTRACTION, S.familyOf("reasoning"));
        assertEquals(Scoring.MACHINE, S.familyOf("automation"));
        assertEquals(Scoring.CONCEALMENT, S.familyOf("key_rotation"));
        assertEquals("structure", S.familyOf("templating"));
        assertEquals("other", S.familyOf("no_such_detector"));
        for (Detector d : Detectors.all()) assertTrue(!S.familyOf(d.id()).equals("other"), d.id() + " has a family");
    }

    @Test
    void findingsCombineWithinAndAcrossFamilies() {
        double re = 0.3, co = 0.2, au = 0.35;
        Scoring.Own o = S.own(List.of(sig("reasoning", re), sig("coverage", co), sig("automation", au)));
        double extraction = 1 - (1 - re) * (1 - co);
        assertEquals(extraction, o.family(Scoring.EXTRACTION), 1e-9);
        assertEquals(au, o.family(Scoring.MACHINE), 1e-9);
        assertEquals(1 - (1 - extraction) * (1 - au), o.score(), 1e-9);
        assertNull(o.note());
    }

    @Test
    void extractionWithMachineAndConcealmentCanReachTheFlag() {
        Scoring.Own o = S.own(List.of(sig("reasoning", weight("reasoning")), sig("coverage", weight("coverage")),
                sig("automation", weight("automation")), sig("masking", weight("masking"))));
        assertTrue(o.score() >= S.threshold());
        assertNull(o.note());
    }

    @Test
    void noExtractionIsCappedWithANote() {
        Scoring.Own o = S.own(List.of(sig("cadence", weight("cadence")), sig("volume", weight("volume")),
                sig("masking", weight("masking")), sig("automation", weight("automation"))));
        assertEquals(R.num("no_extraction_cap"), o.score(), 1e-9);
        assertTrue(o.score() < S.threshold());
        assertNotNull(o.note());
        assertEquals(0.0, o.note().score());
        assertTrue(o.note().explanation().contains("no extraction finding (coverage, elaboration, probing, reasoning)"), o.note().explanation());
    }

    @Test
    void evadingRateLimitsWithFreshKeysStandsInForExtraction() {
        Scoring.Own o = S.own(List.of(sig("cadence", weight("cadence")), sig("automation", weight("automation")),
                sig("key_rotation", weight("key_rotation"))));
        assertNull(o.note(), "no cap: switching to a fresh key after each rate limit is no ordinary integration's habit");
        assertTrue(o.score() >= S.threshold(), String.valueOf(o.score()));
    }

    @Test
    void oneFamilyAloneIsCappedWithANote() {
        Scoring.Own o = S.own(List.of(sig("reasoning", weight("reasoning")), sig("coverage", weight("coverage")),
                sig("probing", weight("probing"))));
        assertEquals(R.num("single_family_cap"), o.score(), 1e-9);
        assertTrue(o.note().explanation().contains("only extraction evidence"), o.note().explanation());
    }

    @Test
    void structureIsNotAFamilyOfItsOwn() {
        // templated prompts with strong extraction are still one kind of evidence: a student's homework script
        Scoring.Own o = S.own(List.of(sig("reasoning", weight("reasoning")), sig("coverage", weight("coverage")),
                sig("probing", weight("probing")), sig("templating", weight("templating"))));
        assertEquals(R.num("single_family_cap"), o.score(), 1e-9);
        assertTrue(o.families().get("structure") > 0, "it still adds to the score before the cap");
        // and templating alone is not extraction
        Scoring.Own t = S.own(List.of(sig("templating", 1.0)));
        assertEquals(R.num("no_extraction_cap"), t.score(), 1e-9);
    }

    @Test
    void capsOnlyApplyAboveThem() {
        Scoring.Own small = S.own(List.of(sig("cadence", 0.1)));
        assertEquals(0.1, small.score(), 1e-9);
        assertNull(small.note());
        assertEquals(0.0, S.own(List.of()).score());
    }
}
