package io.alembic.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Finds and reads the prompt corpora, enforcing the licence policy row by row. The permissively licensed corpora ship
 * inside the application (resources under {@code io/alembic/sample/corpora/}, gzipped), so a clone or an installed
 * jar generates bundles with nothing beside it; a directory with more files (the restricted ones, for local tests and
 * benchmarks) can still be named by option, system property or environment.
 */
public final class Corpora {
    public static final String PROPERTY = "alembic.corpora";
    public static final String ENV = "ALEMBIC_CORPORA";
    /** Classpath folder of the vendored corpora (see the README there for sources and licences). */
    static final String BUNDLED = "corpora/";
    /** Files that may ship in committed sample cases. */
    static final List<String> PERMISSIVE_FILES = List.of("human_chat.jsonl", "math.jsonl", "seed_tasks.jsonl");
    /** Used only when the licence policy allows it (tests and benchmarks); absent files are skipped. */
    static final List<String> RESTRICTED_FILES = List.of("human_questions.jsonl", "tasks_gpt4.jsonl",
            "tasks_claude-2.jsonl", "code_tasks.jsonl");

    private Corpora() {}

    /**
     * The corpora to use when no directory is given: -D{@value #PROPERTY}, else ${@value #ENV}, else the vendored ones.
     * A setting that names no corpora directory is an error rather than a silent fallback, because the vendored set
     * is smaller and would quietly change what a seed generates.
     *
     * @throws UncheckedIOException wrapping a NoSuchFileException that names the setting
     */
    public static Path locate() {
        return locate(System.getProperty(PROPERTY), System.getenv(ENV));
    }

    static Path locate(String prop, String env) {
        if (prop != null && !prop.isBlank()) return configured(prop, "system property " + PROPERTY);
        if (env != null && !env.isBlank()) return configured(env, "environment " + ENV);
        return bundled();
    }

    private static Path configured(String value, String where) {
        Path p = Path.of(value).toAbsolutePath().normalize();
        if (looksLikeCorpora(p)) return p;
        throw new UncheckedIOException(new NoSuchFileException("corpora directory not found: " + where + "=" + p
                + " has no " + PERMISSIVE_FILES.get(0) + "[.gz]. Fix the setting, unset it to use the bundled corpora,"
                + " or pass --corpora DIR."));
    }

    /**
     * The vendored corpora as a directory path: a plain folder when running from target/classes, a folder inside the
     * jar (zip file system, opened once and kept open) when running from the packaged application.
     */
    public static Path bundled() {
        URL url = Corpora.class.getResource(BUNDLED + PERMISSIVE_FILES.get(0) + ".gz");
        if (url == null) throw new UncheckedIOException(new NoSuchFileException("bundled corpora missing from the classpath"));
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try {
                    FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException alreadyOpen) {
                    // opened by an earlier call: Path.of below finds it
                }
            }
            return Path.of(uri).getParent();
        } catch (URISyntaxException | IOException e) {
            throw new UncheckedIOException(new IOException("cannot open the bundled corpora: " + e.getMessage(), e));
        }
    }

    static boolean looksLikeCorpora(Path p) {
        return Files.isDirectory(p) && fileOf(p, PERMISSIVE_FILES.get(0)) != null;
    }

    /** NAME.jsonl or NAME.jsonl.gz in dir, plain first; null if neither exists. */
    static Path fileOf(Path dir, String name) {
        Path plain = dir.resolve(name);
        if (Files.isRegularFile(plain)) return plain;
        Path gz = dir.resolve(name + ".gz");
        return Files.isRegularFile(gz) ? gz : null;
    }

    static boolean isPermissive(String license) {
        return "MIT".equals(license) || "Apache-2.0".equals(license);
    }

    /** Reads the files in a fixed order so that picks by index are stable across runs and machines. */
    static List<CorpusItem> load(Path dir, boolean permissiveOnly) throws IOException {
        List<CorpusItem> out = new ArrayList<>();
        for (String f : PERMISSIVE_FILES) {
            Path p = fileOf(dir, f);
            if (p == null) throw new NoSuchFileException(dir.resolve(f).toString(), null, "required corpus file missing");
            read(p, permissiveOnly, out);
        }
        if (!permissiveOnly) {
            for (String f : RESTRICTED_FILES) {
                Path p = fileOf(dir, f);
                if (p != null) read(p, false, out);
            }
        }
        return out;
    }

    private static void read(Path file, boolean permissiveOnly, List<CorpusItem> out) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        try (InputStream raw = Files.newInputStream(file);
             InputStream body = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
             BufferedReader in = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8), 1 << 16)) {
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
