package io.alembic.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Finds and reads the prompt corpora, enforcing the licence policy row by row. */
public final class Corpora {
    public static final String PROPERTY = "alembic.corpora";
    public static final String ENV = "ALEMBIC_CORPORA";
    /** Files that may ship in committed sample cases. */
    static final List<String> PERMISSIVE_FILES = List.of("human_chat.jsonl", "math.jsonl", "seed_tasks.jsonl");
    /** Used only when the licence policy allows it (tests and benchmarks); absent files are skipped. */
    static final List<String> RESTRICTED_FILES = List.of("human_questions.jsonl", "tasks_gpt4.jsonl",
            "tasks_claude-2.jsonl", "code_tasks.jsonl");

    private Corpora() {}

    /** @throws UncheckedIOException wrapping a NoSuchFileException that names every place tried */
    public static Path locate() {
        return locate(System.getProperty(PROPERTY), System.getenv(ENV), Path.of(""));
    }

    static Path locate(String prop, String env, Path workingDir) {
        List<String> tried = new ArrayList<>();
        if (prop != null && !prop.isBlank()) {
            Path p = Path.of(prop).toAbsolutePath().normalize();
            if (looksLikeCorpora(p)) return p;
            tried.add("system property " + PROPERTY + "=" + p);
        }
        if (env != null && !env.isBlank()) {
            Path p = Path.of(env).toAbsolutePath().normalize();
            if (looksLikeCorpora(p)) return p;
            tried.add("environment " + ENV + "=" + p);
        }
        for (String rel : List.of("../shared/corpora", "../../shared/corpora")) {
            Path p = workingDir.toAbsolutePath().resolve(rel).normalize();
            if (looksLikeCorpora(p)) return p;
            tried.add(p.toString());
        }
        throw new UncheckedIOException(new NoSuchFileException("corpora directory not found (needs "
                + PERMISSIVE_FILES.get(0) + "); tried: " + String.join(", ", tried)
                + ". Set -D" + PROPERTY + "=DIR or " + ENV + "=DIR, or pass --corpora DIR."));
    }

    static boolean looksLikeCorpora(Path p) {
        return Files.isDirectory(p) && Files.isRegularFile(p.resolve(PERMISSIVE_FILES.get(0)));
    }

    static boolean isPermissive(String license) {
        return "MIT".equals(license) || "Apache-2.0".equals(license);
    }

    /** Reads the files in a fixed order so that picks by index are stable across runs and machines. */
    static List<CorpusItem> load(Path dir, boolean permissiveOnly) throws IOException {
        List<CorpusItem> out = new ArrayList<>();
        for (String f : PERMISSIVE_FILES) {
            Path p = dir.resolve(f);
            if (!Files.isRegularFile(p)) throw new NoSuchFileException(p.toString(), null, "required corpus file missing");
            read(p, permissiveOnly, out);
        }
        if (!permissiveOnly) {
            for (String f : RESTRICTED_FILES) {
                Path p = dir.resolve(f);
                if (Files.isRegularFile(p)) read(p, false, out);
            }
        }
        return out;
    }

    private static void read(Path file, boolean permissiveOnly, List<CorpusItem> out) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (line.isBlank()) continue;
                JsonNode node;
                try {
                    node = mapper.readTree(line);
                } catch (IOException e) {
                    throw new IOException(file + ":" + n + ": not JSON: " + e.getMessage(), e);
                }
                String license = text(node, "license");
                if (permissiveOnly && !isPermissive(license)) continue;
                String prompt = text(node, "prompt");
                if (prompt == null || prompt.isBlank()) continue;
                out.add(new CorpusItem(text(node, "id"), text(node, "kind"), prompt, text(node, "response"),
                        text(node, "reasoning"), license));
            }
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
