package io.alembic.detect.profile;

import io.alembic.detect.Fx;
import io.alembic.detect.RequestFacts;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.alembic.detect.Fx.MIN;
import static io.alembic.detect.Fx.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContentTest {
    private static Content content(String... prompts) {
        List<RequestFacts> reqs = Fx.list();
        Fx f = new Fx(reqs, "acct_words");
        for (int i = 0; i < prompts.length; i++) {
            f.prompt = prompts[i];
            f.at(T0 + i * MIN);
        }
        return Fx.profile(reqs, "acct_words").content();
    }

    @Test
    void repeatsIgnoreCaseAndPunctuation() {
        Content c = content("Is the museum open on Mondays?", "is the museum open on mondays", "IS THE MUSEUM... OPEN ON MONDAYS!",
                "is the museum open on tuesdays");
        assertEquals(2, c.repeats());
        assertEquals(4, c.size());
    }

    @Test
    void bottomKIsSortedDistinctAndBounded() {
        String[] ps = new String[50];
        for (int i = 0; i < ps.length; i++) ps[i] = Fx.content(i % 30);
        Content c = content(ps);
        long[] all = c.bottomK(100), few = c.bottomK(8);
        assertEquals(30, all.length, "one entry per distinct prompt");
        assertEquals(8, few.length);
        for (int i = 1; i < all.length; i++) assertTrue(all[i - 1] < all[i]);
        assertTrue(java.util.Arrays.equals(few, java.util.Arrays.copyOf(all, 8)), "the k smallest");
    }

    @Test
    void styleClassesReadStructureNotWords() {
        int code = Content.style("def area(r): return {\"a\": r[0] * r[1]} if r else None;", 14);
        int numeric = Content.style("Add 4821 and 9375 then divide by 12", 7);
        int question = Content.style("Where do swallows go in winter?  ", 6);
        int plain = Content.style("Tell me about swallows", 4);
        assertTrue(code / 6 >= 2, "code bit");
        assertEquals(1, numeric / 6, "numeric bit only");
        assertEquals(1, (question % 6) / 3, "question bit");
        assertEquals(0, (plain % 6) / 3);
        assertEquals(1, (Content.style("这是什么鸟？", 5) % 6) / 3, "full-width question mark");
        assertEquals(1, (Content.style("ما هذا الطائر؟", 3) % 6) / 3, "Arabic question mark");
        assertEquals(0, Content.style("x", 11) % 3);
        assertEquals(1, Content.style("x", 12) % 3);
        assertEquals(2, Content.style("x", 40) % 3);
    }

    @Test
    void styleBreadthCountsEffectiveKinds() {
        assertEquals(1.0, content("Tell me about swallows", "Tell me about herons").styleBreadth(), 1e-9);
        assertEquals(2.0, content("Tell me about swallows", "Where do herons nest?").styleBreadth(), 1e-9);
    }

    @Test
    void nonLatinIsCountedByScriptNotByAccents() {
        Content c = content("Où se trouve la gare la plus proche, s'il vous plaît ?", "Как добраться до вокзала?",
                "最近的火车站在哪里？", "Where is the station, 駅?");
        assertEquals(2, c.nonLatin());
        assertTrue(Content.mostlyNonLatin("駅はどこですか"));
        assertFalse(Content.mostlyNonLatin("Señora Müller fährt nach Zürich"));
    }

    @Test
    void shapesSystemPromptsAndShortPrompts() {
        List<RequestFacts> reqs = Fx.list();
        Fx f = new Fx(reqs, "acct_words");
        f.system = "You help landlords write clear notices.";
        for (int i = 0; i < 10; i++) {
            f.messages = i < 7 ? 3 : 1;
            f.assistantTurns = i < 7 ? 1 : 0;
            f.prompt = i < 3 ? "ok thanks" : Fx.content(i);
            f.at(T0 + i * MIN);
        }
        Content c = Fx.profile(reqs, "acct_words").content();
        assertEquals(7, c.multiTurn());
        assertEquals(3, c.shortPrompts());
        assertEquals(0.7, c.dominantShapeShare(), 1e-9);
        assertEquals(3, c.dominantShapeMessages());
        assertEquals(1.0, c.dominantSystemShare(), 1e-9);
        assertFalse(c.dominantSystemEmpty());
        assertTrue(content("no system prompt here at all").dominantSystemEmpty());
    }
}
