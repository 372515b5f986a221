package io.alembic.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.alembic.formats.Conversion;
import io.alembic.formats.Converter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "bundle", mixinStandardHelpOptions = true,
        description = "Write a native evidence bundle (manifest with hashes) from loose or foreign log files; importing it gives the same records as importing the files.")
final class BundleCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "PATH", description = "A log file, a folder of them, or a .zip.")
    Path from;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write the bundle into (must be absent or empty).")
    Path out;

    @Option(names = "--format", paramLabel = "NAME", description = "Read the files as this format instead of detecting it.")
    String format;

    @Option(names = "--mapping", paramLabel = "FILE", description = "JSON mapping for a CSV/JSONL gateway log.")
    Path mapping;

    @Option(names = "--max-line-size", paramLabel = "SIZE", converter = ByteSize.class, defaultValue = "64M",
            description = "Reject source lines longer than this without reading them whole (bytes, or with K, M, G; default: ${DEFAULT-VALUE}).")
    long maxLineBytes;

    @Option(names = "--json", description = "Print the result as one JSON document.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        if (Files.isDirectory(out)) {
            try (var s = Files.list(out)) {
                if (s.findAny().isPresent()) throw new io.alembic.bundle.BundleFormatException(out + ": folder is not empty");
            }
        }
        Conversion c;
        try {
            c = Converter.convert(from, out, FormatOptions.of(format, mapping).withMaxLineBytes(maxLineBytes));
        } catch (RuntimeException | java.io.IOException e) {
            deleteQuietly(out);
            throw e;
        }
        if (json) {
            ObjectNode n = Json.object();
            n.put("bundle_id", c.bundleId());
            n.put("out", out.toString());
            n.set("formats", Json.strings(c.formats()));
            n.put("records", c.records());
            n.put("accounts", c.accounts());
            n.put("rejected", c.rejected());
            n.set("sources", Json.strings(c.sources()));
            n.set("unrecognised", Json.strings(c.unrecognised()));
            n.set("notes", Json.strings(c.notes()));
            Json.print(o, n);
        } else {
            o.printf("%s written to %s from %s: %d records, %d rejected lines (quarantined on import), %d source file(s)%n",
                    c.bundleId(), out, String.join("+", c.formats()), c.records(), c.rejected(), c.sources().size());
            for (String u : c.unrecognised()) o.printf("  unrecognised %s (kept as evidence, not converted)%n", u);
            for (String note : c.notes()) o.printf("  note     %s%n", note);
        }
        return Main.OK;
    }

    /** A refused conversion leaves nothing half-written behind. */
    private static void deleteQuietly(Path dir) {
        try (var s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (java.io.IOException e) {
            // best effort: the message about the refusal matters more
        }
    }
}
