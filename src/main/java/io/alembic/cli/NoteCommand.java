package io.alembic.cli;

import io.alembic.casefile.AuditHead;
import io.alembic.casefile.Case;
import io.alembic.store.Note;
import io.alembic.store.Target;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "note", mixinStandardHelpOptions = true,
        description = "Add a note (free text; multi-line allowed) to one record, account, API key or IP. Notes are never edited or deleted.")
final class NoteCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin CaseOption caseOption;
    @Mixin TargetOptions targets;

    @Option(names = "--text", required = true, paramLabel = "TEXT", description = "The note; use - to read it from standard input.")
    String text;

    @Option(names = "--json", description = "Print the result as one JSON document.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Target target = single(spec, targets.targets());
        String body = text.equals("-") ? new String(System.in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8) : text;
        Note n;
        AuditHead head;
        try (Case c = Case.open(caseOption.dir)) {
            n = c.addNote(target, body);
            head = c.auditHead();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (!json) out.printf("note %d on %s%n", n.id(), n.target());
        AuditHeadOutput.print(out, json, MarksJson.note(n), head);
        return Main.OK;
    }

    static Target single(CommandSpec spec, List<Target> targets) {
        if (targets.size() != 1) throw new ParameterException(spec.commandLine(), "name exactly one --record, --account, --key or --ip");
        return targets.get(0);
    }
}
