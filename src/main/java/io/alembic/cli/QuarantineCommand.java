package io.alembic.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.alembic.casefile.Case;
import io.alembic.store.FieldCut;
import io.alembic.store.QuarantineItem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "quarantine", mixinStandardHelpOptions = true, description = "List the lines the importer refused, with file, line and reason, and the field values it indexed only in part.")
final class QuarantineCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin CaseOption caseOption;

    @Option(names = "--json", description = "Print the result as one JSON document.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        List<QuarantineItem> items;
        List<FieldCut> cuts;
        try (Case c = Case.open(caseOption.dir)) {
            items = c.quarantine();
            cuts = c.fieldCuts();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode n = Json.object();
            ArrayNode a = n.putArray("items");
            for (QuarantineItem q : items) {
                ObjectNode o = a.addObject();
                o.put("file", q.file());
                o.put("line", q.line());
                o.put("reason", q.reason());
                o.put("bundle_id", q.bundleId());
            }
            ArrayNode cut = n.putArray("cuts");
            for (FieldCut fc : cuts) {
                cut.addObject().put("file", fc.file()).put("line", fc.line()).put("field", fc.field()).put("reason", fc.reason())
                        .put("bundle_id", fc.bundleId());
            }
            Json.print(out, n);
        } else {
            for (QuarantineItem q : items) out.printf("%s:%d: %s%n", q.file(), q.line(), q.reason());
            out.printf("%d quarantined line(s)%n", items.size());
            for (FieldCut fc : cuts) out.printf("%s:%d: imported; indexed in part: %s%n", fc.file(), fc.line(), fc.reason());
            if (!cuts.isEmpty()) out.printf("%d field value(s) indexed only in part%n", cuts.size());
            out.flush();
        }
        return Main.OK;
    }
}
