package io.alembic.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.alembic.casefile.Case;
import io.alembic.store.Note;
import io.alembic.store.Target;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "notes", mixinStandardHelpOptions = true, description = "List notes, oldest first: all, or those on one target.")
final class NotesCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin CaseOption caseOption;
    @Mixin TargetOptions targets;

    @Option(names = "--json", description = "Print the result as one JSON document.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        List<Target> t = targets.targets();
        Target target = t.isEmpty() ? null : NoteCommand.single(spec, t);
        List<Note> notes;
        try (Case c = Case.open(caseOption.dir)) {
            notes = c.notes(target);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode n = Json.object();
            ArrayNode a = n.putArray("notes");
            notes.forEach(x -> a.add(MarksJson.note(x)));
            Json.print(out, n);
        } else {
            for (Note x : notes) {
                out.printf("#%d %s  %s  %s%n    %s%n", x.id(), x.target(), x.createdBy(), x.createdAt(), x.text().replace("\n", "\n    "));
            }
            out.flush();
        }
        return Main.OK;
    }
}
