package io.alembic.detect.cluster;

import io.alembic.detect.AccountFacts;
import io.alembic.detect.AccountSummary;
import io.alembic.detect.profile.Calendar;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.alembic.detect.Fx.DAY;
import static io.alembic.detect.Fx.HOUR;
import static io.alembic.detect.Fx.T0;
import static io.alembic.detect.cluster.Sx.id;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A registration burst is a moment its members share: with rare software in common it links them, alone it does not. */
class RegisteredTogetherLinkTest {
    private static final LinkToken RIG = new LinkToken("setup", "m-think|max_tokens=3333;seed=12;");
    private static final int N = 1500;

    /** A registry signing up about every five hours over the 300 days before the log, each account on its own software. */
    private static List<AccountFacts> registry() {
        List<AccountFacts> out = new ArrayList<>();
        for (int i = 0; i < N; i++) out.add(new AccountFacts(id(i), T0 - 300 * DAY + i * 5 * HOUR, "mail" + i + ".example", "pf_" + i, "active"));
        return out;
    }

    /** Four accounts signed up within forty minutes, the other accounts' sign-ups moved out of their way. */
    private static List<AccountFacts> burst(List<AccountFacts> facts) {
        long at = T0 - 20 * DAY + 2 * HOUR + 17 * 60_000L;
        for (int k = 0; k < 4; k++) facts.set(900 + k, new AccountFacts(id(900 + k), at + k * 10 * 60_000L, "m" + k + ".example", "pf_x" + k, "active"));
        return facts;
    }

    private static List<AccountSummary> summaries(boolean sharedRig, long... firstDayItems) {
        List<AccountSummary> s = new ArrayList<>(Sx.blank(N));
        for (int k = 0; k < 4; k++) {
            List<LinkToken> tokens = sharedRig ? List.of(RIG) : List.of(new LinkToken("setup", "m-think|own=" + k + ";"));
            s.set(900 + k, Sx.of(id(900 + k), tokens, firstDayItems));
        }
        return s;
    }

    @Test
    void aBurstWhoseMembersRunTheSameRareSetupIsLinked() {
        LinkGraph g = Sx.graph(summaries(true), burst(registry()));
        double s = g.strength(id(900), id(903));
        assertTrue(s >= Sx.threshold(), "registered within the hour and running one rare setup: " + s);
        assertTrue(g.kinds(id(900), id(903)).contains("created"), g.kinds(id(900), id(903)).toString());
    }

    @Test
    void softwareHeldMostlyOutsideTheBurstAddsNothing() {
        // strangers in a chance burst who happen to use a browser that a few dozen other customers use too
        List<AccountSummary> s = summaries(true);
        for (int i = 0; i < 30; i++) s.set(100 + i, Sx.of(id(100 + i), List.of(RIG)));
        double alone = Sx.graph(summaries(false), burst(registry())).strength(id(900), id(903));
        double shared = Sx.graph(s, burst(registry())).strength(id(900), id(903));
        assertTrue(shared < Sx.threshold(), "a trait of 34 accounts, 4 of them in the burst: " + shared);
        assertTrue(Math.abs(shared - alone) < 1e-9, "the burst's moment is not added: " + alone + " vs " + shared);
    }

    @Test
    void theBurstAloneDoesNotLink() {
        double s = Sx.graph(summaries(false), burst(registry())).strength(id(900), id(903));
        assertTrue(s > 0 && s < Sx.threshold(), "a burst without shared software stays a weak tie: " + s);
    }

    @Test
    void theSetupAloneDoesNotLink() {
        double s = Sx.graph(summaries(true), registry()).strength(id(900), id(903));
        assertTrue(s < Sx.threshold(), "one rare setup among accounts registered months apart: " + s);
    }

    @Test
    void startingOnTheDayOfTheBurstIsNotCountedAgain() {
        long firstDay = Calendar.item(Calendar.FIRST, 0, Math.floorDiv(T0 - 20 * DAY, DAY));
        double alone = Sx.graph(summaries(false), burst(registry())).strength(id(900), id(903));
        double withFirstDay = Sx.graph(summaries(false, firstDay), burst(registry())).strength(id(900), id(903));
        assertTrue(withFirstDay == alone, "the first day follows from the registration: " + alone + " vs " + withFirstDay);
    }
}
