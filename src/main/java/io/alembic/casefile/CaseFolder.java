package io.alembic.casefile;

import com.fasterxml.jackson.databind.JsonNode;
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
    /** case.json's key for the case format (the database schema version); absent in cases made before it existed. */
    static final String FORMAT_KEY = "format_version";

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
        n.put(FORMAT_KEY, io.alembic.store.CaseDatabase.currentVersion());
        n.put("created_at", Instant.now().toString());
        n.put("created_by", System.getProperty("user.name"));
        Files.writeString(f.root.resolve(MARKER), m.writerWithDefaultPrettyPrinter().writeValueAsString(n) + "\n");
        return f;
    }

    /**
     * The case format recorded in case.json: readable without opening the database, so a newer case is refused before
     * anything in it is touched. Cases made before formats were recorded are format 1.
     */
    public int formatVersion() throws IOException {
        JsonNode n = new ObjectMapper().readTree(root.resolve(MARKER).toFile());
        return n.path(FORMAT_KEY).asInt(1);
    }

    /** Rewrites case.json with a new format, keeping its other fields; written aside and moved so it is never half there. */
    void writeFormatVersion(int version) throws IOException {
        ObjectMapper m = new ObjectMapper();
        ObjectNode n = (ObjectNode) m.readTree(root.resolve(MARKER).toFile());
        n.put(FORMAT_KEY, version);
        Path tmp = root.resolve(MARKER + ".tmp");
        Files.writeString(tmp, m.writerWithDefaultPrettyPrinter().writeValueAsString(n) + "\n");
        Files.move(tmp, root.resolve(MARKER), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** Copies of the case's own files made before an upgrade (see {@link CaseUpgrade}). */
    public Path backups() { return root.resolve("backups"); }

    public Path root() { return root; }

    public Path database() { return root.resolve("case.db"); }

    public Path index() { return root.resolve("index"); }

    public Path evidence() { return root.resolve("evidence"); }

    public Path exhibits() { return root.resolve("exhibits"); }

    public Path auditLog() { return root.resolve("audit.log.jsonl"); }
}
