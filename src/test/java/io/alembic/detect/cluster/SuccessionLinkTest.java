package io.alembic.detect.cluster;

import io.alembic.detect.AccountFacts;
import io.alembic.detect.AccountSummary;
import io.alembic.detect.Fx;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static io.alembic.detect.Fx.DAY;
import static io.alembic.detect.Fx.HOUR;
import static io.alembic.detect.Fx.T0;
import static io.alembic.detect.cluster.Sx.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SuccessionLinkTest {
    private static final long BLOCK = T0 + 10 * DAY;
    private static final LinkToken TOOL = new LinkToken("setup", "m-big|max_tokens=7777;top_k=3;");
    private static final LinkToken HOST = new LinkToken("asn_agent", "65123 fetchlib/0.9");
    private static final List<LinkToken> KIT = List.of(TOOL, HOST);

    private static AccountSummary account(String id, long first, long last, long firstBan, List<LinkToken> tokens) {
        return new AccountSummary(id, 50, first, last, firstBan, List.of(), tokens, new long[0], new long[0], new long[24],
                new int[0], new long[]{1L}, Sx.plain(50), null);
    }

    /** A registry of n accounts signing up about every six hours over the 150 days before the log. */
    private static List<AccountFacts> registry(int n) {
        List<AccountFacts> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(new AccountFacts(id(i), T0 - 150 * DAY + i * 6 * HOUR + (i * 7919L % 5) * HOUR,
                "mail.example", "pf_" + i, "active"));
        return out;
    }

    private static final class World {
        final List<AccountSummary> summaries = new ArrayList<>(Sx.blank(600));
        final List<AccountFacts> facts = registry(600);

        /** Account i, blocked at the given time and running the tool. */
        void blocked(int i, long at) {
            summaries.set(i, account(id(i), T0, at, at, KIT));
        }

        /** Account i, registered at created and active from first, running the given software. */
        void fresh(int i, long created, long first, List<LinkToken> tokens) {
            summaries.set(i, account(id(i), first, first + 5 * DAY, Long.MAX_VALUE, tokens));
            facts.set(i, new AccountFacts(id(i), created, "mail.example", "pf_" + i, "active"));
        }

        LinkGraph graph() { return Sx.graph(summaries, facts); }
    }

    @Test
    void replacementsRegisteredAfterABlockWithTheSameSoftwareLinkToTheBlockedAccounts() {
        World w = new World();
        for (int i = 0; i < 4; i++) w.blocked(10 + i, BLOCK - i * DAY);
        for (int i = 0; i < 4; i++) w.fresh(500 + i, BLOCK + (2 + 3 * i) * HOUR, BLOCK + DAY, KIT);
        LinkGraph g = w.graph();
        for (int i = 0; i < 4; i++) {
            double s = g.strength(id(500 + i), id(10));
            assertTrue(s >= Sx.threshold(), "replacement " + i + " to the latest block: " + s);
            assertTrue(g.kinds(id(500 + i), id(10)).contains("succession"), g.kinds(id(500 + i), id(10)).toString());
        }
        assertTrue(g.links().stream().anyMatch(l -> l.kind().equals("succession") && l.value().startsWith("4 accounts registered")));
    }

    @Test
    void replacementsAlsoLinkToTheOperatorsAccountsBlockedBeforeTheWindow() {
        // the operator loses accounts over a week and replaces them in one batch after the last block
        World w = new World();
        for (int i = 0; i < 4; i++) w.blocked(10 + i, BLOCK - i * DAY);
        w.blocked(20, BLOCK - 9 * DAY);
        for (int i = 0; i < 4; i++) w.fresh(500 + i, BLOCK + (2 + 3 * i) * HOUR, BLOCK + DAY, KIT);
        LinkGraph g = w.graph();
        assertTrue(g.strength(id(500), id(20)) >= Sx.threshold(), "to the account blocked nine days before: " + g.strength(id(500), id(20)));
        assertEquals(0, g.strength(id(20), id(10)), "blocked accounts are joined through their replacements, not to each other");
    }

    @Test
    void aBlockAfterTheRegistrationIsNotReplaced() {
        World w = new World();
        for (int i = 0; i < 4; i++) w.blocked(10 + i, BLOCK - i * DAY);
        w.blocked(20, BLOCK + 20 * DAY);
        for (int i = 0; i < 4; i++) w.fresh(500 + i, BLOCK + (2 + 3 * i) * HOUR, BLOCK + DAY, KIT);
        assertEquals(0, w.graph().strength(id(500), id(20)), "blocked after the replacement registered");
    }

    @Test
    void newAccountsWithOtherSoftwareDoNotSucceed() {
        World w = new World();
        for (int i = 0; i < 4; i++) w.blocked(10 + i, BLOCK - i * DAY);
        for (int i = 0; i < 4; i++) w.fresh(500 + i, BLOCK + (2 + 3 * i) * HOUR, BLOCK + DAY, List.of(new LinkToken("setup", "other|x=" + i)));
        assertEquals(0, w.graph().strength(id(500), id(10)));
    }

    @Test
    void oneSharedTraitIsNotTheOperatorsSetup() {
        // the same parameter set, but each replacement on a network and client of its own
        World w = new World();
        for (int i = 0; i < 4; i++) w.blocked(10 + i, BLOCK - i * DAY);
        for (int i = 0; i < 4; i++) {
            w.fresh(500 + i, BLOCK + (2 + 3 * i) * HOUR, BLOCK + DAY, List.of(TOOL, new LinkToken("asn_agent", "6500" + i + " other/1")));
        }
        assertEquals(0, w.graph().strength(id(500), id(10)));
    }

    @Test
    void accountsActiveBeforeTheBlockAreNotReplacements() {
        World w = new World();
        for (int i = 0; i < 4; i++) w.blocked(10 + i, BLOCK - i * DAY);
        for (int i = 0; i < 4; i++) w.fresh(500 + i, BLOCK - 9 * DAY, BLOCK - 8 * DAY, KIT);
        assertEquals(0, w.graph().strength(id(500), id(10)));
    }

    @Test
    void aCommonToolOnABusySignUpDayIsChance() {
        // the tool is held by every other account; two of them blocked, and the registry's ordinary sign-ups after the
        // blocks include its holders about as often as chance gives, so no succession
        World w = new World();
        for (int i = 100; i < 500; i += 2) w.summaries.set(i, account(id(i), T0, T0 + 20 * DAY, Long.MAX_VALUE, KIT));
        long block = w.facts.get(300).createdAtMs() - HOUR;
        w.blocked(100, block);
        w.blocked(102, block);
        LinkGraph g = w.graph();
        long linked = g.links().stream().filter(l -> l.kind().equals("succession")).count();
        assertEquals(0, linked, Arrays.toString(g.links().stream().filter(l -> l.kind().equals("succession")).map(Link::value).toArray()));
    }
}
