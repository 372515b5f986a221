package io.alembic.casefile;

import io.alembic.formats.GatewayMapping;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A case remembers the last mapping per header, across reopening, and the audit log records every one. */
class GatewayMappingMemoryTest {
    @TempDir Path tmp;

    @Test
    void theLastMappingForAHeaderIsRememberedAndAudited() throws Exception {
        GatewayMapping first = new GatewayMapping("csv", Map.of("timestamp", "ts", "account_id", "user", "model", "m", "prompt", "p"), "rfc3339", ',');
        GatewayMapping second = new GatewayMapping("csv", Map.of("timestamp", "ts", "account_id", "user", "model", "m", "prompt", "p",
                "response", "r"), "epoch_ms", ',');
        try (Case c = Case.openOrCreate(tmp.resolve("case"))) {
            assertFalse(c.rememberedGatewayMapping("csv ,: ts, user, m, p, r").isPresent());
            c.rememberGatewayMapping("csv ,: ts, user, m, p, r", first, tmp.resolve("a.csv"));
            c.rememberGatewayMapping("csv ,: ts, user, m, p, r", second, tmp.resolve("b.csv"));
        }
        try (Case c = Case.open(tmp.resolve("case"))) {
            assertEquals(second, c.rememberedGatewayMapping("csv ,: ts, user, m, p, r").orElseThrow());
            assertFalse(c.rememberedGatewayMapping("csv ,: other").isPresent());
        }
        String audit = Files.readString(tmp.resolve("case/audit.log.jsonl"));
        assertEquals(2, audit.lines().filter(l -> l.contains("\"" + GatewayMappingMemory.ACTION + "\"")).count());
        assertTrue(audit.contains("\"timestamp_format\":\"epoch_ms\""), audit);
        assertTrue(audit.contains("b.csv"), audit);
    }
}
