package io.alembic.sample;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

class CorporaTest {
    @Test
    void propertyWinsThenEnvironmentThenRelativeDirectories(@TempDir Path tmp) throws Exception {
        Path a = Files.createDirectories(tmp.resolve("a"));
        Files.writeString(a.resolve("human_chat.jsonl"), "");
        Path shared = Files.createDirectories(tmp.resolve("shared/corpora"));
        Files.writeString(shared.resolve("human_chat.jsonl"), "");
        Path work = Files.createDirectories(tmp.resolve("main"));
        assertEquals(a, Corpora.locate(a.toString(), null, work));
        assertEquals(a, Corpora.locate(null, a.toString(), work));
        assertEquals(shared, Corpora.locate(tmp.resolve("nope").toString(), null, work));
        assertEquals(shared, Corpora.locate(null, null, Files.createDirectories(tmp.resolve("main/sub"))));
    }

    @Test
    void failureNamesEveryPlaceTried(@TempDir Path tmp) {
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> Corpora.locate(tmp.resolve("p").toString(), tmp.resolve("e").toString(), tmp.resolve("w")));
        String msg = e.getCause().getMessage();
        assertTrue(msg.contains("alembic.corpora=") && msg.contains("ALEMBIC_CORPORA=") && msg.contains("shared"), msg);
    }

    @Test
    void surefireConfigurationFindsTheSharedCorpora() {
        assertTrue(Files.isRegularFile(Corpora.locate().resolve("math.jsonl")));
    }
}
