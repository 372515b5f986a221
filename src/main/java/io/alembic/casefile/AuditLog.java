package io.alembic.casefile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.alembic.bundle.Sha256;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Append-only audit trail, one JSON object a line. Each entry carries the hash of the previous one, so an
 * auditor can tell that no entry was removed or edited ({@link AuditChain}). Entries are forced to disk, then their
 * head is handed to the {@link Anchor} (the case database), because a chain alone cannot see its own tail cut off.
 */
public final class AuditLog {
    static final ObjectMapper MAPPER = new ObjectMapper();
    static final String GENESIS = "0".repeat(64);

    /** Where each new head is recorded besides the log. */
    @FunctionalInterface
    interface Anchor {
        void record(long seq, String hash, String at) throws IOException;

        Anchor NONE = (seq, hash, at) -> { };
    }

    private final Path file;
    private final Anchor anchor;
    private long seq;
    private String lastHash = GENESIS;

    public AuditLog(Path file) throws IOException { this(file, Anchor.NONE); }

    AuditLog(Path file, Anchor anchor) throws IOException {
        this.file = file;
        this.anchor = anchor;
        if (Files.exists(file)) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (String line : lines) {
                if (line.isBlank()) continue;
                JsonNode n = MAPPER.readTree(line);
                seq = n.path("seq").asLong();
                lastHash = n.path("hash").asText();
            }
        }
    }

    /**
     * Appends an entry and records its head. The anchor commits the case database, so callers append only after their
     * own transaction has committed (every caller does: the entry reports what is already done).
     */
    public synchronized void append(String action, Map<String, ?> details) throws IOException {
        ObjectNode n = MAPPER.createObjectNode();
        String at = Instant.now().toString();
        n.put("seq", seq + 1);
        n.put("at", at);
        n.put("user", System.getProperty("user.name"));
        n.put("action", action);
        n.set("details", MAPPER.valueToTree(details));
        // inside the hashed content: removing it to pass an entry off as pre-anchoring breaks the entry's hash
        if (anchor != Anchor.NONE) n.put("anchored", true);
        n.put("prev", lastHash);
        String hash = Sha256.of(MAPPER.writeValueAsString(n).getBytes(StandardCharsets.UTF_8));
        n.put("hash", hash);
        byte[] line = (MAPPER.writeValueAsString(n) + "\n").getBytes(StandardCharsets.UTF_8);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            ch.write(ByteBuffer.wrap(line));
            ch.force(true);
        }
        seq++;
        lastHash = hash;
        anchor.record(seq, hash, at);
    }

    /** The newest entry's seq and hash (seq 0 and all zeros for an empty log). */
    public synchronized AuditHead head() { return new AuditHead(seq, lastHash); }

    /** The hash an entry's content gives: SHA-256 of its JSON without the "hash" field, as written. */
    static String hashOf(ObjectNode entryWithoutHash) throws IOException {
        return Sha256.of(MAPPER.writeValueAsString(entryWithoutHash).getBytes(StandardCharsets.UTF_8));
    }
}
