package io.alembic.detect;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntFunction;

import static io.alembic.detect.Fx.MIN;
import static io.alembic.detect.Fx.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TemplatingDetectorTest {
    private static final Rule R = Fx.rule("templating");

    /** One frame around a slot: a grading rubric wrapped around each answer to grade. */
    static String graded(int i) {
        return "You are marking a pupil's short answer in a geography quiz. The answer reads: " + Fx.content(i)
                + " Return only a whole number of points between nought and five, with no remarks.";
    }

    private static final String HAN = "天地山川河海风雨云雪春夏秋冬日月星辰花草树木鸟兽虫鱼城市乡村道路桥梁车船";

    /** A Chinese frame (classify a customer review) around a slot of varied Chinese text. */
    static String chinese(int i) {
        SplittableRandom r = new SplittableRandom(i * 13L + 1);
        StringBuilder slot = new StringBuilder();
        for (int k = 0; k < 12 + r.nextInt(10); k++) slot.append(HAN.charAt(r.nextInt(HAN.length())));
        return "请阅读以下顾客留言并判断其情绪倾向：" + slot + "。请只回答积极、消极或中立三者之一，不要解释理由。";
    }

    private static Signal run(int n, IntFunction<String> prompt, String system) {
        List<RequestFacts> reqs = Fx.list();
        Fx f = new Fx(reqs, "acct_frame");
        f.system = system;
        for (int i = 0; i < n; i++) {
            f.prompt = prompt.apply(i);
            f.at(T0 + i * 4 * MIN);
        }
        return Fx.inspect(new TemplatingDetector(), reqs, "acct_frame");
    }

    @Test
    void firesOnOneScaffoldAndCitesTheShare() {
        Signal s = run(30, TemplatingDetectorTest::graded, "");
        assertNotNull(s);
        assertTrue(s.explanation().contains("30 of 30 prompts (100%"), s.explanation());
        assertTrue(s.explanation().contains("threshold " + Times.pct(R.num("min_templated_share"))), s.explanation());
        assertEquals(30, s.evidenceCount());
    }

    @Test
    void firesOnAChineseScaffold() {
        Signal s = run(30, TemplatingDetectorTest::chinese, "");
        assertNotNull(s, "a CJK frame has structure too: one token per character");
        assertTrue(s.explanation().contains("30 of 30 prompts"), s.explanation());
    }

    /** Whole lines of a Dutch frame, picked and ordered per prompt, around a multi-line item: no fixed run of words at either end. */
    static String linesFrame(int i) {
        String[] openers = {"Opdracht voor het archief", "Nieuwe casus uit de map", "Volgende vraag"};
        String[] closers = {"Schrijf de afleiding volledig uit.", "Controleer elke tussenstap.", "Zet het eindantwoord apart."};
        SplittableRandom r = new SplittableRandom(i * 7L + 3);
        String item = Fx.content(i) + "\n" + Fx.content(i + 500);
        String open = openers[r.nextInt(openers.length)], close = closers[r.nextInt(closers.length)];
        return r.nextBoolean() ? open + "\n\n" + item + "\n" + close : item + "\n" + close + "\n" + open;
    }

    @Test
    void firesOnAFrameOfWholeLinesInAnyOrder() {
        Signal s = run(30, TemplatingDetectorTest::linesFrame, "");
        assertNotNull(s, "recurring first or last lines around a changing item are a scaffold");
        assertTrue(s.explanation().contains("30 of 30 prompts"), s.explanation());
    }

    @Test
    void silentForMultiLineMessagesThatShareNoLine() {
        // a person pasting notes: two lines each, none of them repeated
        assertNull(run(30, i -> Fx.content(i) + "\n" + Fx.content(i + 900), ""));
    }

    @Test
    void silentForAnAppWithAFixedSystemPromptButFreeUserText() {
        String system = "You are Sprout, the friendly helper inside a household budgeting app. Keep answers brief.";
        assertNull(run(Fx.CHAT.length, i -> Fx.CHAT[i], system));
    }

    @Test
    void shareThresholdJustAboveAndBelow() {
        int n = 40, need = (int) Math.ceil(R.num("min_templated_share") * n);
        // the templated requests come first, the rest are free text
        assertNotNull(run(n, i -> i < need ? graded(i) : Fx.CHAT[i], ""));
        assertNull(run(n, i -> i < need - 1 ? graded(i) : Fx.CHAT[i], ""));
    }

    @Test
    void tooFewRequestsSayNothing() {
        assertNull(run(R.integer("min_requests") - 1, TemplatingDetectorTest::graded, ""));
    }
}
