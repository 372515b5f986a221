package io.alembic.cli;

import io.alembic.casefile.AuditHead;
import io.alembic.casefile.Case;
import io.alembic.store.TagDefinition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "define", mixinStandardHelpOptions = true,
        description = "Add a tag to the case's tag set, or change the colour/description of an existing one.")
final class TagsDefineCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @ParentCommand TagsCommand parent;

    @Option(names = "--case", paramLabel = "DIR", description = "Case folder (may also be given before 'define').")
    Path dir;

    @Parameters(index = "0", paramLabel = "NAME", description = "Tag name: lower-case letters, digits, '-', '_', '.'.")
    String name;

    @Option(names = "--color", required = true, paramLabel = "#RRGGBB", description = "Colour, e.g. #d62728.")
    String color;

    @Option(names = "--description", paramLabel = "TEXT", description = "What the tag means.")
    String description;

    @Option(names = "--json", description = "Print the result as one JSON document.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Path caseDir = dir != null ? dir : parent.dir;
        if (caseDir == null) throw new ParameterException(spec.commandLine(), "Missing required option: '--case=DIR'");
        TagDefinition d;
        AuditHead head;
        try (Case c = Case.open(caseDir)) {
            d = c.defineTag(name, color, description);
            head = c.auditHead();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (!json) out.printf("tag %s %s%s%n", d.name(), d.color(), d.description() == null ? "" : "  " + d.description());
        AuditHeadOutput.print(out, json, MarksJson.definition(d), head);
        return Main.OK;
    }
}
