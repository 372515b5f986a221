package io.alembic.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.alembic.casefile.Case;
import io.alembic.casefile.SearchQuery;
import io.alembic.store.TagAssignment;
import io.alembic.store.TagDefinition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "tags", mixinStandardHelpOptions = true, subcommands = TagsDefineCommand.class,
        description = {"List the case's tag set with counts, and the tag assignments.",
                "matching_records is what 'search tag:NAME' finds: tagged records plus records of tagged accounts, keys and IPs."})
final class TagsCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    // Not required here so that 'tags define --case DIR ...' works without repeating it before 'define'.
    @Option(names = "--case", paramLabel = "DIR", description = "Case folder.")
    Path dir;

    @Option(names = "--tag", paramLabel = "NAME", description = "Only assignments of this tag.")
    String tag;

    @Option(names = "--all", description = "Include removed (and undone) assignments.")
    boolean all;

    @Option(names = "--json", description = "Print the result as one JSON document.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (dir == null) throw new ParameterException(spec.commandLine(), "Missing required option: '--case=DIR'");
        List<TagDefinition> defs;
        Map<String, Long> matching = new LinkedHashMap<>();
        List<TagAssignment> assignments;
        try (Case c = Case.open(dir)) {
            defs = c.tagDefinitions();
            for (TagDefinition d : defs) matching.put(d.name(), c.search(SearchQuery.of("tag:" + d.name(), 0)).total());
            assignments = c.tagAssignments(tag, all);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode n = Json.object();
            ArrayNode d = n.putArray("definitions");
            for (TagDefinition def : defs) d.add(MarksJson.definition(def).put("matching_records", matching.get(def.name())));
            ArrayNode a = n.putArray("assignments");
            assignments.forEach(x -> a.add(MarksJson.assignment(x)));
            Json.print(out, n);
            return Main.OK;
        }
        out.printf("%-20s %-8s %8s %8s %6s %6s %9s  %s%n", "TAG", "COLOUR", "RECORDS", "ACCOUNTS", "KEYS", "IPS", "MATCHING", "DESCRIPTION");
        for (TagDefinition def : defs) {
            out.printf("%-20s %-8s %8d %8d %6d %6d %9d  %s%n", def.name(), def.color(), def.records(), def.accounts(), def.keys(), def.ips(),
                    matching.get(def.name()), def.description() == null ? "" : def.description());
        }
        if (!assignments.isEmpty()) out.printf("%n%-6s %-20s %-8s %-28s %-12s %s%n", "ID", "TAG", "KIND", "TARGET", "BY", "AT");
        for (TagAssignment x : assignments) {
            out.printf("%-6d %-20s %-8s %-28s %-12s %s%s%n", x.id(), x.tag(), x.target().kind().code(), x.target().id(), x.createdBy(),
                    x.createdAt(), x.live() ? "" : "  (removed " + x.removedAt() + " by " + x.removedBy() + ")");
        }
        out.flush();
        return Main.OK;
    }
}
