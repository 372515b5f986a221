package io.alembic.casefile;

import io.alembic.store.TagAction;
import io.alembic.store.TagAssignment;
import io.alembic.store.Target;
import io.alembic.testutil.TestBundle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static io.alembic.testutil.TestBundle.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TagServiceTest {
    @TempDir Path tmp;
    Path caseDir;

    @BeforeEach
    void importFixture() throws IOException {
        List<String> lines = List.of(
                request("r1", "2026-01-10T08:00:00Z", "alice", "m", "Explain the Krebs cycle step by step."),
                request("r2", "2026-01-10T09:00:00Z", "alice", "m", "What is the capital of Australia?"),
                request("r3", "2026-01-11T10:00:00Z", "bob", "m", "Think step by step: 17 * 3"),
                request("r4", "2026-01-11T11:00:00Z", "bob", "m", "Write a haiku."),
                request("r5", "2026-01-12T12:00:00Z", "carol", "m", "Krebs cycle enzymes?"));
        Path bundle = new TestBundle("TAGS").requests("records/part-00001.jsonl", lines).writeTo(tmp.resolve("bundle"));
        caseDir = tmp.resolve("case");
        try (Case c = Case.openOrCreate(caseDir)) {
            c.importBundle(bundle, false, ImportListener.NONE, CancelToken.none());
        }
    }

    private static Set<String> hits(Case c, String q) throws IOException {
        return c.search(SearchQuery.of(q, 100)).hits().stream().map(SearchHit::requestId).collect(Collectors.toSet());
    }

    @Test
    void shippedTagSetIsSeeded() throws IOException {
        try (Case c = Case.open(caseDir)) {
            Set<String> names = c.tagDefinitions().stream().map(d -> d.name()).collect(Collectors.toSet());
            assertTrue(names.containsAll(Set.of("templated-prompts", "cot-harvest", "capability-sweep", "key-rotation", "router-masking",
                    "volume-evasion", "benign-confirmed")), names.toString());
        }
    }

    @Test
    void tagsSurviveCloseAndReopenAndAreSearchable() throws IOException {
        try (Case c = Case.open(caseDir)) {
            c.tag("cot-harvest", List.of(Target.record("r1")), "asks for step by step");
            c.tag("key-rotation", List.of(Target.account("bob")), null);
            c.tag("router-masking", List.of(Target.key("key_carol")), null);
        }
        try (Case c = Case.open(caseDir)) {
            List<TagAssignment> all = c.tagAssignments(null, false);
            assertEquals(3, all.size());
            TagAssignment cot = c.tagsOn(Target.record("r1")).get(0);
            assertEquals("cot-harvest", cot.tag());
            assertEquals("asks for step by step", cot.note());
            assertEquals(System.getProperty("user.name"), cot.createdBy());
            assertEquals(Set.of("r1"), hits(c, "tag:cot-harvest"));
            assertEquals(Set.of("r3", "r4"), hits(c, "tag:key-rotation"));
            assertEquals(Set.of("r5"), hits(c, "tag:router-masking"));
            assertEquals(Set.of("r1", "r3", "r4"), hits(c, "tag:cot-harvest OR tag:key-rotation"));
            assertEquals(Set.of("r1"), hits(c, "tag:cot-harvest AND krebs"));
            assertEquals(Set.of(), hits(c, "tag:volume-evasion"));
        }
    }

    @Test
    void untagIsSoftAndUndoReversesExactlyTheLastAction() throws IOException {
        try (Case c = Case.open(caseDir)) {
            c.tag("cot-harvest", List.of(Target.record("r1"), Target.record("r3")), null);
            TagAction second = c.tagQuery("cot-harvest", "krebs", null);   // r1 already tagged: only r5 is new
            assertEquals(1, second.added());
            assertEquals(Set.of("r1", "r3", "r5"), hits(c, "tag:cot-harvest"));
            c.untag("cot-harvest", List.of(Target.record("r3")));
            assertEquals(Set.of("r1", "r5"), hits(c, "tag:cot-harvest"));
            assertEquals(1, c.tagAssignments("cot-harvest", true).stream().filter(a -> !a.live()).count(), "removal keeps the row");

            assertEquals("untag", c.undoLastTagAction().orElseThrow().kind());
            assertEquals(Set.of("r1", "r3", "r5"), hits(c, "tag:cot-harvest"));
            assertEquals(second.id(), c.undoLastTagAction().orElseThrow().id());
            assertEquals(Set.of("r1", "r3"), hits(c, "tag:cot-harvest"), "undo withdrew only what the query action added");
            c.undoLastTagAction();
            assertEquals(Set.of(), hits(c, "tag:cot-harvest"));
            assertTrue(c.undoLastTagAction().isEmpty());
            assertEquals(3, c.tagAssignments("cot-harvest", true).size(), "undone tags are kept as removed");
        }
    }

    @Test
    void unknownTagsAndTargetsAreRefusedClearly() throws IOException {
        try (Case c = Case.open(caseDir)) {
            CaseException e = assertThrows(CaseException.class, () -> c.tag("nope", List.of(Target.record("r1")), null));
            assertTrue(e.getMessage().contains("unknown tag \"nope\"") && e.getMessage().contains("tags define"), e.getMessage());
            assertThrows(CaseException.class, () -> c.tag("cot-harvest", List.of(Target.record("r404")), null));
            assertThrows(CaseException.class, () -> c.defineTag("Bad Name", "#ffffff", null));
            assertThrows(CaseException.class, () -> c.defineTag("shared-infra", "red", null));
            c.defineTag("shared-infra", "#AABBCC", "same hosting as the campaign");
            c.tag("shared-infra", List.of(Target.ip(ipOf(c, "r1"))), null);
            assertEquals(Set.of("r1", "r2"), hits(c, "tag:shared-infra"));
            assertEquals("#aabbcc", c.tagDefinitions().stream().filter(d -> d.name().equals("shared-infra")).findFirst().orElseThrow().color());
            assertThrows(io.alembic.index.QuerySyntaxException.class, () -> hits(c, "tag:nope"));
        }
    }

    @Test
    void notesBookmarksAndSavedSearchesPersist() throws IOException {
        try (Case c = Case.open(caseDir)) {
            c.addNote(Target.account("bob"), "line one\nline two");
            long id = c.addBookmark(Target.record("r3"), "look again").id();
            c.addBookmark(Target.record("r4"), null);
            c.removeBookmark(id);
            c.saveSearch("krebs", "krebs");
            assertThrows(io.alembic.index.QuerySyntaxException.class, () -> c.saveSearch("bad", "status:abc"));
        }
        try (Case c = Case.open(caseDir)) {
            assertEquals("line one\nline two", c.notes(Target.account("bob")).get(0).text());
            assertEquals(1, c.bookmarks(false).size());
            assertEquals(2, c.bookmarks(true).size());
            assertEquals(Set.of("r1", "r5"), c.runSavedSearch("krebs", 10).hits().stream().map(SearchHit::requestId).collect(Collectors.toSet()));
            c.deleteSavedSearch("krebs");
            assertTrue(c.savedSearches().isEmpty());
            assertThrows(CaseException.class, () -> c.runSavedSearch("krebs", 10));
        }
    }

    private static String ipOf(Case c, String requestId) throws IOException { return c.record(requestId).orElseThrow().ip(); }
}
