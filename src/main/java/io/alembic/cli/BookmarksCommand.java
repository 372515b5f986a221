package io.alembic.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.alembic.casefile.Case;
import io.alembic.store.Bookmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "bookmarks", mixinStandardHelpOptions = true, description = "List bookmarks, oldest first.")
final class BookmarksCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin CaseOption caseOption;

    @Option(names = "--all", description = "Include removed bookmarks.")
    boolean all;

    @Option(names = "--json", description = "Print the result as one JSON document.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        List<Bookmark> bookmarks;
        try (Case c = Case.open(caseOption.dir)) {
            bookmarks = c.bookmarks(all);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode n = Json.object();
            ArrayNode a = n.putArray("bookmarks");
            bookmarks.forEach(b -> a.add(MarksJson.bookmark(b)));
            Json.print(out, n);
        } else {
            for (Bookmark b : bookmarks) {
                out.printf("#%d %s  %s  %s %s%s%n", b.id(), b.target(), b.label() == null ? "" : b.label(), b.createdBy(), b.createdAt(),
                        b.removedAt() == null ? "" : "  (removed " + b.removedAt() + " by " + b.removedBy() + ")");
            }
            out.flush();
        }
        return Main.OK;
    }
}
