package io.alembic.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.alembic.casefile.AuditHead;
import io.alembic.casefile.Case;
import io.alembic.store.TagAction;
import io.alembic.store.Target;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "tag", mixinStandardHelpOptions = true,
        description = {"Tag records, accounts, API keys, IPs, or every hit of a query.",
                "Each --tag is one action (one transaction, undoable with 'undo'). Tags must be defined (see 'tags')."})
class TagCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin CaseOption caseOption;
    @Mixin TargetOptions targets;

    @Option(names = "--query", paramLabel = "Q", description = "Every hit of this query (search syntax, no hit limit).")
    String query;

    @Option(names = "--tag", required = true, paramLabel = "NAME", description = "Tag name (repeatable: one action per tag).")
    List<String> tags;

    @Option(names = "--json", description = "Print the result as one JSON document.")
    boolean json;

    /** Whether this command removes tags; untag is the same command turned around. */
    boolean removing() { return false; }

    @Option(names = "--note", paramLabel = "TEXT", description = "A note kept with each new tag assignment.")
    String note;

    @Override
    public Integer call() throws Exception {
        List<Target> on = targets.targets();
        if (on.isEmpty() == (query == null)) {
            throw new ParameterException(spec.commandLine(), "name either --record/--account/--key/--ip or --query, not both and not neither");
        }
        List<TagAction> done = new ArrayList<>();
        AuditHead head;
        try (Case c = Case.open(caseOption.dir)) {
            for (String tag : tags) {
                // One action per tag: an earlier tag stays committed even if a later one fails or the process dies.
                if (removing()) done.add(query != null ? c.untagQuery(tag, query) : c.untag(tag, on));
                else done.add(query != null ? c.tagQuery(tag, query, note) : c.tag(tag, on, note));
            }
            head = c.auditHead();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode n = Json.object();
            ArrayNode a = n.putArray("actions");
            done.forEach(d -> a.add(MarksJson.action(d)));
            AuditHeadOutput.print(out, true, n, head);
        } else {
            for (TagAction d : done) {
                if (removing()) out.printf("untagged %d from %s (action %d; %s)%n", d.removed(), d.tag(), d.id(), d.selector());
                else out.printf("tagged %d with %s (action %d; %s)%n", d.added(), d.tag(), d.id(), d.selector());
            }
            AuditHeadOutput.text(out, head);
        }
        return Main.OK;
    }
}
