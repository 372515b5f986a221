package io.alembic.detect.profile;

import io.alembic.detect.AccountSummary;
import io.alembic.detect.Fx;
import io.alembic.detect.RequestFacts;
import io.alembic.detect.cluster.LinkToken;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.alembic.detect.Fx.DAY;
import static io.alembic.detect.Fx.HOUR;
import static io.alembic.detect.Fx.T0;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SummarizerTest {
    private static AccountSummary only(List<RequestFacts> reqs) { return Fx.summaries(reqs).get(0); }

    private static boolean has(AccountSummary s, String kind, String value) { return s.tokens().contains(new LinkToken(kind, value)); }

    private static boolean hasKind(AccountSummary s, String kind) { return s.tokens().stream().anyMatch(t -> t.kind().equals(kind)); }

    @Test
    void habitsBecomeTokensButAStrayRequestDoesNot() {
        List<RequestFacts> reqs = Fx.list();
        Fx f = new Fx(reqs, "acct_home");
        f.ua = "Quillnote/5.2.1 (iPhone; iOS 17.4; Scale/3.00)";
        for (int i = 0; i < 30; i++) {
            boolean cafe = i == 17;
            f.ip = cafe ? "203.0.113.99" : "81.2.69.160";
            f.asn = cafe ? 64_777 : 64_501;
            f.prompt = Fx.content(i);
            f.at(T0 + i * HOUR);
        }
        AccountSummary s = only(reqs);
        assertTrue(has(s, "ip", "81.2.69.160"));
        assertFalse(has(s, "ip", "203.0.113.99"), "one request from a cafe ties nobody to anybody");
        assertTrue(has(s, "agent", "Quillnote/5.2.1 (iPhone; iOS 17.4; Scale/3.00)"));
        assertTrue(has(s, "asn_agent", "64501 Quillnote/5.2.1 (iPhone; iOS 17.4; Scale/3.00)"));
        assertTrue(has(s, "setup", "m|temperature=0.2;"));
        assertFalse(hasKind(s, "system"), "no system prompt, no system token");
    }

    @Test
    void aFewRequestsGiveNoSetupOrSystemToken() {
        List<RequestFacts> reqs = Fx.list();
        Fx f = new Fx(reqs, "acct_brief");
        f.system = "You answer questions about bus timetables in Leeds.";
        for (int i = 0; i < 4; i++) f.at(T0 + i * HOUR);
        AccountSummary s = only(reqs);
        assertFalse(hasKind(s, "setup"));
        assertFalse(hasKind(s, "system"));
        reqs.clear();
        for (int i = 0; i < 6; i++) f.at(T0 + i * HOUR);
        assertTrue(hasKind(only(reqs), "system"));
    }

    @Test
    void routersAndForwardedOriginsAreTokens() {
        List<RequestFacts> reqs = Fx.list();
        Fx f = new Fx(reqs, "acct_routed");
        f.router = "switchyard.example";
        f.forwarded = List.of("203.0.113.77");
        f.at(T0);
        AccountSummary s = only(reqs);
        assertTrue(has(s, "router", "switchyard.example"));
        assertTrue(has(s, "forwarded_for", "203.0.113.77"));
        assertFalse(hasKind(s, "ip"), "a router's address is not the account's");
    }

    @Test
    void traitsAndActiveDaysAreSharesOfTheAccount() {
        List<RequestFacts> reqs = Fx.list();
        Fx f = new Fx(reqs, "acct_mixed");
        for (int i = 0; i < 10; i++) {
            f.effort = i < 4 ? "high" : null;
            f.ua = i < 5 ? "" : "Mozilla/5.0 (X11; FreeBSD amd64)";
            f.prompt = i < 2 ? "ok" : Fx.content(i);
            f.at(T0 + (i < 5 ? 0 : 3) * DAY + i * HOUR);
        }
        AccountSummary s = only(reqs);
        assertEquals(0.4, s.traits().reasoning(), 1e-9);
        assertEquals(0.5, s.traits().programmatic(), 1e-9);
        assertEquals(0.2, s.traits().shortPrompts(), 1e-9);
        assertEquals(10, s.traits().direct());
        assertArrayEquals(new long[]{0b1001}, s.activeDays(), "days 0 and 3 of the account");
        assertEquals(8, s.sample().length);
    }
}
