package io.alembic.casefile;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/** The layout of a case folder on disk (documented in the README). */
public final class CaseFolder {
    public static final String MARKER = "case.json";
    public static final int LAYOUT_VERSION = 1;

    private final Path root;

    private CaseFolder(Path root) { this.root = root.toAbsolutePath().normalize(); }

    public static boolean isCase(Path dir) { return Files.isRegularFile(dir.resolve(MARKER)); }

    public static CaseFolder existing(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) throw new CaseException(dir + ": no such case folder");
        if (!isCase(dir)) throw new CaseException(dir + ": not an Alembic case folder (no " + MARKER + ")");
        return new CaseFolder(dir);
    }

    /** Creates the layout in {@code dir} (which must be empty or absent) and returns it. */
    public static CaseFolder create(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            try (var s = Files.list(dir)) {
                if (s.findAny().isPresent()) throw new CaseException(dir + ": folder is not empty and not a case folder");
            }
        }
        CaseFolder f = new CaseFolder(dir);
        Files.createDirectories(f.evidence());
        Files.createDirectories(f.exhibits());
        Files.createDirectories(f.index());
        ObjectMapper m = new ObjectMapper();
        ObjectNode n = m.createObjectNode();
        n.put("application", "Alembic");
        n.put("layout_version", LAYOUT_VERSION);
        n.put("created_at", Instant.now().toString());
        n.put("created_by", System.getProperty("user.name"));
        Files.writeString(f.root.resolve(MARKER), m.writerWithDefaultPrettyPrinter().writeValueAsString(n) + "\n");
        return f;
    }

    public Path root() { return root; }

    public Path database() { return root.resolve("case.db"); }

    public Path index() { return root.resolve("index"); }

    public Path evidence() { return root.resolve("evidence"); }

    public Path exhibits() { return root.resolve("exhibits"); }

    public Path auditLog() { return root.resolve("audit.log.jsonl"); }
}
