package io.alembic.bundle;

import io.alembic.testutil.HostileJson;
import io.alembic.testutil.TestBundle;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The manifest reader and the zip reader under hostile input: each either accepts or refuses the bundle with a message
 * naming what it read; no other exception may come out.
 */
class BundleReaderFuzzTest {
    private static final String MANIFEST = "{\"bundle_format\":\"llm-api-log-bundle\",\"format_version\":1,\"bundle_id\":\"B1\","
            + "\"provider\":\"P\",\"exported_at\":\"2026-02-10T12:00:00Z\",\"files\":[{\"path\":\"records/part-00001.jsonl\","
            + "\"kind\":\"requests\",\"sha256\":\"" + "ab".repeat(32) + "\",\"bytes\":10,\"records\":1}]}";
    private static final List<String> MANIFEST_VALUES = List.of("\"llm-api-log-bundle\"", "1", "\"B1\"", "\"P\"", "\"2026-02-10T12:00:00Z\"",
            "\"records/part-00001.jsonl\"", "\"requests\"", "\"" + "ab".repeat(32) + "\"", "10");

    @Provide
    Arbitrary<byte[]> manifests() {
        Arbitrary<String> replaced = Combinators.combine(Arbitraries.of(MANIFEST_VALUES), HostileJson.value())
                .as((slot, v) -> MANIFEST.replaceFirst(java.util.regex.Pattern.quote(slot), java.util.regex.Matcher.quoteReplacement(v)));
        Arbitrary<String> paths = Arbitraries.of("../etc/passwd", "/abs/file", "C:\\x", "a/../../b", "records/\u0000nul", "", ".",
                "records//x", "\\\\server\\share").map(p -> MANIFEST.replace("records/part-00001.jsonl", p.replace("\\", "\\\\").replace("\u0000", "\\u0000")));
        Arbitrary<String> files = HostileJson.value().map(v -> MANIFEST.replaceFirst("\\[\\{.*\\}\\]", java.util.regex.Matcher.quoteReplacement("[" + v + "]")));
        return Arbitraries.frequencyOf(
                Tuple.of(6, replaced.map(s -> s.getBytes(StandardCharsets.UTF_8))),
                Tuple.of(2, paths.map(s -> s.getBytes(StandardCharsets.UTF_8))),
                Tuple.of(2, files.map(s -> s.getBytes(StandardCharsets.UTF_8))),
                Tuple.of(3, HostileJson.damaged(Arbitraries.just(MANIFEST))),
                Tuple.of(1, HostileJson.randomBytes()));
    }

    @Property(tries = 500, edgeCases = EdgeCasesMode.MIXIN)
    void manifestIsReadOrRefusedNamingIt(@ForAll("manifests") byte[] bytes) {
        try {
            Manifest m = ManifestReader.parse(bytes, "fuzz/manifest.json");
            assertFalse(m.bundleId().isBlank());
            for (ManifestFile f : m.files()) assertFalse(BundlePaths.isUnsafe(f.path()), f.path());
        } catch (BundleFormatException | BundleVerificationException e) {
            assertTrue(e.getMessage().startsWith("fuzz/manifest.json: "), e.getMessage());
        }
    }

    /** Entry names as a hostile exporter might write them. */
    private static final List<String> NAMES = List.of("manifest.json", "b/manifest.json", "records/part-00001.jsonl", "../x", "/abs",
            "a/../../b", "records/", "records", "records/part-00001.jsonl/inner", "nul\u0000name", "con", "a\\b", "x".repeat(300),
            "dup", "dup", "\u00e9t\u00e9/manifest.json", " ", "b/c/manifest.json");

    @Provide
    Arbitrary<byte[]> zips() throws IOException {
        Path dir = Files.createTempDirectory("alembic-zip-fuzz");
        try {
            Path bundle = new TestBundle("Z1").requests("records/part-00001.jsonl", List.of(new String(HostileJson.validLine("r1"),
                    StandardCharsets.UTF_8))).writeTo(dir.resolve("b"));
            byte[] valid = Files.readAllBytes(TestBundle.zip(bundle, dir.resolve("b.zip")));
            Arbitrary<byte[]> damaged = Combinators.combine(Arbitraries.integers().between(0, valid.length - 1),
                    Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(8)).as((at, noise) -> {
                        byte[] out = valid.clone();
                        for (int i = 0; i < noise.length && at + i < out.length; i++) out[at + i] = noise[i];
                        return out;
                    });
            Arbitrary<byte[]> cut = Arbitraries.integers().between(0, valid.length).map(n -> java.util.Arrays.copyOf(valid, n));
            Arbitrary<byte[]> named = Combinators.combine(Arbitraries.of(NAMES).list().ofMinSize(1).ofMaxSize(5),
                    Arbitraries.bytes().array(byte[].class).ofMaxSize(64)).as(BundleReaderFuzzTest::zipOf);
            return Arbitraries.frequencyOf(Tuple.of(4, damaged), Tuple.of(2, cut), Tuple.of(4, named), Tuple.of(1, HostileJson.randomBytes()));
        } finally {
            deleteTree(dir);
        }
    }

    @Property(tries = 150, edgeCases = EdgeCasesMode.MIXIN)
    void zipIsStagedOrRefusedNamingIt(@ForAll("zips") byte[] zip) throws IOException {
        Path dir = Files.createTempDirectory("alembic-zip-fuzz");
        try {
            Path file = Files.write(dir.resolve("bundle.zip"), zip);
            Path staging = Files.createDirectories(dir.resolve("staging"));
            try {
                StagedBundle s = EvidenceStager.stage(file, staging);
                assertTrue(s.files().containsKey(Manifest.FILE_NAME));
                try (Stream<Path> all = Files.walk(staging)) {
                    assertTrue(all.allMatch(p -> p.toAbsolutePath().normalize().startsWith(staging.toAbsolutePath())), "nothing lands outside staging");
                }
            } catch (BundleFormatException | BundleVerificationException e) {
                assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
            }
        } finally {
            deleteTree(dir);
        }
    }

    private static byte[] zipOf(List<String> names, byte[] body) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream z = new ZipOutputStream(out)) {
                java.util.Set<String> seen = new java.util.HashSet<>();
                for (String n : names) {
                    if (!seen.add(n)) continue; // ZipOutputStream itself refuses duplicates
                    z.putNextEntry(new ZipEntry(n));
                    z.write(n.endsWith("manifest.json") ? MANIFEST.getBytes(StandardCharsets.UTF_8) : body);
                    z.closeEntry();
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
