package io.alembic.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.alembic.casefile.AuditHead;
import io.alembic.casefile.Case;
import io.alembic.casefile.CaseException;
import io.alembic.store.TagAction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "undo", mixinStandardHelpOptions = true,
        description = {"Undo the last tagging action (tag or untag) not yet undone; run again to go further back.",
                "Undone tags are kept as removed, with who undid them and when."})
final class UndoCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin CaseOption caseOption;

    @Option(names = "--json", description = "Print the result as one JSON document.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Optional<TagAction> undone;
        AuditHead head;
        try (Case c = Case.open(caseOption.dir)) {
            undone = c.undoLastTagAction();
            head = c.auditHead();
        }
        TagAction a = undone.orElseThrow(() -> new CaseException("nothing to undo: no tagging action in this case is left to undo"));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode n = Json.object();
            n.set("undone", MarksJson.action(a));
            AuditHeadOutput.print(out, true, n, head);
        } else {
            out.printf("undid action %d: %s %s on %s (%s)%n", a.id(), a.kind(), a.tag(), a.selector(),
                    a.kind().equals("tag") ? a.added() + " withdrawn" : a.removed() + " restored");
            AuditHeadOutput.text(out, head);
        }
        return Main.OK;
    }
}
