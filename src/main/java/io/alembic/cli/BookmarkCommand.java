package io.alembic.cli;

import io.alembic.casefile.AuditHead;
import io.alembic.casefile.Case;
import io.alembic.store.Bookmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

@Command(name = "bookmark", mixinStandardHelpOptions = true,
        description = "Bookmark one record, account, API key or IP, or remove a bookmark by id (--remove; kept as removed).")
final class BookmarkCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin CaseOption caseOption;
    @Mixin TargetOptions targets;

    @Option(names = "--label", paramLabel = "TEXT", description = "A short label.")
    String label;

    @Option(names = "--remove", paramLabel = "ID", description = "Remove the bookmark with this id instead.")
    Long remove;

    @Option(names = "--json", description = "Print the result as one JSON document.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (remove != null && !targets.targets().isEmpty()) throw new ParameterException(spec.commandLine(), "--remove takes no target");
        Bookmark b;
        AuditHead head;
        try (Case c = Case.open(caseOption.dir)) {
            b = remove != null ? c.removeBookmark(remove) : c.addBookmark(NoteCommand.single(spec, targets.targets()), label);
            head = c.auditHead();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (!json) out.printf("%s bookmark %d on %s%n", remove != null ? "removed" : "added", b.id(), b.target());
        AuditHeadOutput.print(out, json, MarksJson.bookmark(b), head);
        return Main.OK;
    }
}
