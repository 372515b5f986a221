package io.alembic.bundle;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LineReaderTest {
    private static LineReader reader(String text, String name, long max) {
        return new LineReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), name, max);
    }

    private static String line(LineReader r) {
        return new String(r.bytes(), 0, r.length(), StandardCharsets.UTF_8);
    }

    @Test
    void lineOverTheLimitIsSkippedToItsNewlineAndTheNextLinesAreRead() throws IOException {
        String huge = "x".repeat(10_000);
        try (LineReader r = reader("first\n" + huge + "\nthird\r\n", "part.jsonl", 100)) {
            assertTrue(r.next());
            assertEquals("first", line(r));
            assertTrue(r.next());
            assertTrue(r.oversized());
            assertEquals(0, r.length(), "an oversized line must not look like content");
            assertEquals(10_000, r.oversizedBytes());
            assertEquals(2, r.lineNumber());
            assertArrayEquals("x".repeat(LineReader.PREFIX_BYTES).getBytes(StandardCharsets.UTF_8), r.oversizedPrefix());
            assertTrue(r.next());
            assertFalse(r.oversized());
            assertEquals("third", line(r));
            assertEquals(3, r.lineNumber());
            assertFalse(r.next());
        }
    }

    @Test
    void lineExactlyAtTheLimitIsKeptAndOneByteMoreIsNot() throws IOException {
        try (LineReader r = reader("abcd\nabcde\n", "p.jsonl", 4)) {
            assertTrue(r.next());
            assertEquals("abcd", line(r));
            assertTrue(r.next());
            assertTrue(r.oversized());
            assertArrayEquals("abcde".getBytes(StandardCharsets.UTF_8), r.oversizedPrefix());
        }
    }

    @Test
    void truncatedGzipNamesTheFileAndTheLastWholeLine() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 5000; i++) text.append("{\"n\":").append(i).append(",\"pad\":\"").append(Integer.toHexString(i * 7919)).append("\"}\n");
        byte[] gz = gzip(text.toString().getBytes(StandardCharsets.UTF_8));
        byte[] cut = Arrays.copyOf(gz, gz.length / 2);
        List<String> read = new ArrayList<>();
        BrokenPartException e;
        try (LineReader r = new LineReader(new ByteArrayInputStream(cut), "part-00002.jsonl.gz", 1 << 20)) {
            e = assertThrows(BrokenPartException.class, () -> { while (r.next()) read.add(line(r)); });
        }
        assertTrue(read.size() > 100 && read.size() < 5000, "read " + read.size());
        assertEquals(read.size(), e.lastGoodLine());
        assertEquals("part-00002.jsonl.gz", e.file());
        assertTrue(e.getMessage().startsWith("part-00002.jsonl.gz: compressed stream broken after line " + read.size()), e.getMessage());
        for (int i = 0; i < read.size(); i++) assertTrue(read.get(i).startsWith("{\"n\":" + (i + 1) + ","), read.get(i));
        String partial = new String(e.partial(), StandardCharsets.UTF_8);
        assertTrue(("{\"n\":" + (read.size() + 1) + ",").startsWith(partial) || partial.startsWith("{\"n\":" + (read.size() + 1) + ","), partial);
    }

    @Test
    void gzNameWithoutGzipDataIsABrokenPartAtLineZero() throws IOException {
        try (LineReader r = reader("{\"plain\":true}\n", "part.jsonl.gz", 100)) {
            BrokenPartException e = assertThrows(BrokenPartException.class, r::next);
            assertEquals(0, e.lastGoodLine());
        }
    }

    private static byte[] gzip(byte[] body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(body);
        }
        return out.toByteArray();
    }
}
