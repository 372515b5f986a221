package io.alembic.detect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sample generator is the adversary: detector rules and detector tests must not borrow its wording. Scans the
 * generator's sources as text (nobody has to read them) for every rule string and every string literal of the
 * detection tests that is long enough to be a phrase.
 */
class NoCopiedStringsTest {
    private static final Path BASE = Path.of(System.getProperty("user.dir"));
    private static final Path GENERATOR = BASE.resolve("src/main/java/io/alembic/sample");
    private static final Path RULES = BASE.resolve("src/main/resources/io/alembic/detect");
    private static final Path TESTS = BASE.resolve("src/test/java/io/alembic/detect");

    @Test
    void noDetectorStringAppearsInTheGenerator() throws IOException {
        assertTrue(Files.isDirectory(GENERATOR), "generator sources not found at " + GENERATOR);
        List<Path> generator = files(GENERATOR, ".java");
        assertFalse(generator.isEmpty(), "no generator sources under " + GENERATOR);
        StringBuilder hay = new StringBuilder();
        for (Path p : generator) hay.append(normalise(Files.readString(p, StandardCharsets.UTF_8))).append('\n');
        String haystack = hay.toString();

        TreeSet<String> candidates = new TreeSet<>();
        List<Path> rules = files(RULES, ".json"), tests = files(TESTS, ".java");
        assertFalse(rules.isEmpty() || tests.isEmpty());
        ObjectMapper mapper = new ObjectMapper();
        for (Path p : rules) strings(mapper.readTree(p.toFile()), candidates);
        for (Path p : tests) candidates.addAll(literals(Files.readString(p, StandardCharsets.UTF_8)));
        assertTrue(candidates.size() > 50, "the scan found the tests' literals: " + candidates.size());

        // the matching itself works: every phrase-length test literal is found in the test sources it came from
        StringBuilder own = new StringBuilder();
        for (Path p : tests) own.append(normalise(Files.readString(p, StandardCharsets.UTF_8))).append('\n');
        for (Path p : tests) {
            for (String c : literals(Files.readString(p, StandardCharsets.UTF_8))) {
                String n = normalise(c);
                if (n.length() >= 12 && n.indexOf(' ') >= 0) assertTrue(own.indexOf(n) >= 0, "self-check failed for " + c);
            }
        }

        List<String> copied = new ArrayList<>();
        for (String c : candidates) {
            String n = normalise(c);
            if (n.length() >= 12 && n.indexOf(' ') >= 0 && haystack.contains(n)) copied.add(c);
        }
        assertEquals(List.of(), copied, "strings that also appear in the generator's sources");
    }

    @Test
    void literalScannerFindsStringsAndTextBlocksButNotCommentsOrChars() {
        String src = "class A { // \"in a comment\"\n /* \"in a block\" */ char q = '\"'; char e = '\\''; String s = \"one \\\"two\\\" three\";\n"
                + " String t = \"\"\"\n    a text block\n    \"\"\"; String u = \"\"; }";
        assertEquals(List.of("one \\\"two\\\" three", "    a text block\n    ", ""), literals(src));
    }

    @Test
    void normalisingFoldsCaseAndWhitespace() {
        assertEquals("a b c", normalise("  A\tb \n\n C "));
    }

    static String normalise(String s) { return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim(); }

    private static List<Path> files(Path dir, String suffix) throws IOException {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(suffix) && Files.isRegularFile(p)).sorted().toList();
        }
    }

    private static void strings(JsonNode n, TreeSet<String> out) {
        if (n.isTextual()) out.add(n.asText());
        else n.forEach(c -> strings(c, out));
    }

    /** The raw text of every string literal and text block in Java source, skipping comments and char literals. */
    static List<String> literals(String src) {
        List<String> out = new ArrayList<>();
        int i = 0, n = src.length();
        while (i < n) {
            char c = src.charAt(i);
            if (c == '/' && i + 1 < n && src.charAt(i + 1) == '/') {
                while (i < n && src.charAt(i) != '\n') i++;
            } else if (c == '/' && i + 1 < n && src.charAt(i + 1) == '*') {
                int end = src.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == '\'') {
                i++;
                while (i < n && src.charAt(i) != '\'') i += src.charAt(i) == '\\' ? 2 : 1;
                i++;
            } else if (src.startsWith("\"\"\"", i)) {
                int start = src.indexOf('\n', i) + 1, j = start;
                while (j < n && !src.startsWith("\"\"\"", j)) j += src.charAt(j) == '\\' ? 2 : 1;
                out.add(src.substring(start, Math.min(j, n)));
                i = j + 3;
            } else if (c == '"') {
                int j = i + 1;
                while (j < n && src.charAt(j) != '"') j += src.charAt(j) == '\\' ? 2 : 1;
                out.add(src.substring(i + 1, Math.min(j, n)));
                i = j + 1;
            } else {
                i++;
            }
        }
        return out;
    }
}
