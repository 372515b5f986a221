package io.alembic.sample;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class CorporaTest {
    @Test
    void propertyWinsThenEnvironmentThenTheBundledCorpora(@TempDir Path tmp) throws Exception {
        Path a = Files.createDirectories(tmp.resolve("a"));
        Files.writeString(a.resolve("human_chat.jsonl"), "");
        Path b = Files.createDirectories(tmp.resolve("b"));
        Files.write(b.resolve("human_chat.jsonl.gz"), new byte[0]);
        assertEquals(a, Corpora.locate(a.toString(), b.toString()));
        assertEquals(b, Corpora.locate(null, b.toString()));
        assertEquals(Corpora.bundled(), Corpora.locate(null, null));
        assertEquals(Corpora.bundled(), Corpora.locate(" ", ""));
    }

    @Test
    void aSettingThatNamesNoCorporaIsAnErrorNotASilentFallback(@TempDir Path tmp) {
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> Corpora.locate(tmp.resolve("p").toString(), null));
        assertTrue(e.getCause().getMessage().contains("alembic.corpora="), e.getCause().getMessage());
        e = assertThrows(UncheckedIOException.class, () -> Corpora.locate(null, tmp.resolve("e").toString()));
        assertTrue(e.getCause().getMessage().contains("ALEMBIC_CORPORA="), e.getCause().getMessage());
    }

    @Test
    void theBundledCorporaAreThePermissiveFilesOnly() throws Exception {
        Path dir = Corpora.bundled();
        for (String f : Corpora.PERMISSIVE_FILES) assertTrue(Files.isRegularFile(dir.resolve(f + ".gz")), f);
        for (String f : Corpora.RESTRICTED_FILES) assertNull(Corpora.fileOf(dir, f), f);
        List<CorpusItem> all = Corpora.load(dir, false);
        assertEquals(Corpora.load(dir, true).size(), all.size());
        for (CorpusItem it : all) assertTrue(Corpora.isPermissive(it.license()), it.id());
        // rows and their order are the upstream ones (the committed demo depends on picks by index)
        assertEquals("hh-0", all.get(0).id());
        assertEquals(2178 + 8792 + 427, all.size());
        assertTrue(Files.isRegularFile(dir.resolve("README.md")), "sources and licences beside the files");
    }

    @Test
    void plainAndGzippedFilesReadTheSame(@TempDir Path tmp) throws Exception {
        Path plain = Files.createDirectories(tmp.resolve("plain"));
        for (String f : Corpora.PERMISSIVE_FILES) {
            try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(Corpora.bundled().resolve(f + ".gz")))) {
                Files.write(plain.resolve(f), in.readAllBytes());
            }
        }
        assertEquals(Corpora.load(Corpora.bundled(), true), Corpora.load(plain, true));
    }
}
