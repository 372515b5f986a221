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
 * auditor can tell that no entry was removed or edited ({@link #verify}). Entries are forced to disk.
 */
public final class AuditLog {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String GENESIS = "0".repeat(64);

    private final Path file;
    private long seq;
    private String lastHash = GENESIS;

    public AuditLog(Path file) throws IOException {
        this.file = file;
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

    public synchronized void append(String action, Map<String, ?> details) throws IOException {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("seq", seq + 1);
        n.put("at", Instant.now().toString());
        n.put("user", System.getProperty("user.name"));
        n.put("action", action);
        n.set("details", MAPPER.valueToTree(details));
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
    }

    /** @return null when the chain is intact, else a message naming the first bad line */
    public static String verify(Path file) throws IOException {
        String prev = GENESIS;
        long lineNo = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.isBlank()) continue;
            ObjectNode n = (ObjectNode) MAPPER.readTree(line);
            String hash = n.path("hash").asText();
            n.remove("hash");
            if (!n.path("prev").asText().equals(prev)) return file + " line " + lineNo + ": previous-hash link broken";
            if (!Sha256.of(MAPPER.writeValueAsString(n).getBytes(StandardCharsets.UTF_8)).equals(hash)) {
                return file + " line " + lineNo + ": entry altered (hash mismatch)";
            }
            prev = hash;
        }
        return null;
    }
}
