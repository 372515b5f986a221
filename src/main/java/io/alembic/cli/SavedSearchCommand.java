package io.alembic.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.alembic.casefile.AuditHead;
import io.alembic.casefile.Case;
import io.alembic.casefile.SearchResults;
import io.alembic.store.SavedSearch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "saved-search", mixinStandardHelpOptions = true,
        description = "Named searches: saved-search --case DIR (save NAME QUERY | list | run NAME | delete NAME).",
        subcommands = {SavedSearchCommand.Save.class, SavedSearchCommand.ListAll.class, SavedSearchCommand.Run.class,
                SavedSearchCommand.Delete.class})
final class SavedSearchCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--case", paramLabel = "DIR", description = "Case folder (or give it after the subcommand).")
    Path dir;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "say what to do: save NAME QUERY, list, run NAME or delete NAME");
    }

    /** Shared by the subcommands: --case before or after the subcommand name, and --json. */
    abstract static class Sub implements Callable<Integer> {
        @Spec CommandSpec spec;
        @ParentCommand SavedSearchCommand parent;

        @Option(names = "--case", paramLabel = "DIR", description = "Case folder.")
        Path dir;

        @Option(names = "--json", description = "Print the result as one JSON document.")
        boolean json;

        Case open() throws Exception {
            Path d = dir != null ? dir : parent.dir;
            if (d == null) throw new ParameterException(spec.commandLine(), "Missing required option: '--case=DIR'");
            return Case.open(d);
        }

        PrintWriter out() { return spec.commandLine().getOut(); }
    }

    @Command(name = "save", mixinStandardHelpOptions = true, description = "Save QUERY under NAME (replacing a search of that name).")
    static final class Save extends Sub {
        @Parameters(index = "0", paramLabel = "NAME") String name;
        @Parameters(index = "1", paramLabel = "QUERY") String query;

        @Override
        public Integer call() throws Exception {
            SavedSearch s;
            AuditHead head;
            try (Case c = open()) {
                s = c.saveSearch(name, query);
                head = c.auditHead();
            }
            if (!json) out().printf("saved %s: %s%n", s.name(), s.query());
            AuditHeadOutput.print(out(), json, MarksJson.savedSearch(s), head);
            return Main.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List saved searches by name.")
    static final class ListAll extends Sub {
        @Override
        public Integer call() throws Exception {
            List<SavedSearch> all;
            try (Case c = open()) {
                all = c.savedSearches();
            }
            if (json) {
                ObjectNode n = Json.object();
                ArrayNode a = n.putArray("saved_searches");
                all.forEach(s -> a.add(MarksJson.savedSearch(s)));
                Json.print(out(), n);
            } else {
                for (SavedSearch s : all) out().printf("%-24s %s   (%s, %s)%n", s.name(), s.query(), s.createdBy(), s.createdAt());
                out().flush();
            }
            return Main.OK;
        }
    }

    @Command(name = "run", mixinStandardHelpOptions = true, description = "Run a saved search; output as 'search'.")
    static final class Run extends Sub {
        @Parameters(index = "0", paramLabel = "NAME") String name;

        @Option(names = "--limit", defaultValue = "20", description = "Maximum hits to return (default ${DEFAULT-VALUE}).")
        int limit;

        @Override
        public Integer call() throws Exception {
            if (limit < 0) throw new ParameterException(spec.commandLine(), "--limit must be 0 or more");
            SearchResults r;
            try (Case c = open()) {
                r = c.runSavedSearch(name, limit);
            }
            if (json) {
                Json.print(out(), SearchCommand.toJson(r));
            } else {
                out().printf("%d hits%n", r.total());
                r.hits().forEach(h -> out().printf("%8.3f  %s  %s  %s%n", h.score(), h.timestamp(), h.accountId(), h.requestId()));
                out().flush();
            }
            return Main.OK;
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete a saved search (kept in the case as removed).")
    static final class Delete extends Sub {
        @Parameters(index = "0", paramLabel = "NAME") String name;

        @Override
        public Integer call() throws Exception {
            AuditHead head;
            try (Case c = open()) {
                c.deleteSavedSearch(name);
                head = c.auditHead();
            }
            if (!json) out().printf("deleted %s%n", name);
            AuditHeadOutput.print(out(), json, Json.object().put("deleted", name), head);
            return Main.OK;
        }
    }
}
