package io.alembic.sample;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Generates a synthetic evidence bundle with known ground truth. Output depends only on the corpora and the spec:
 * no wall clock, no hash-order iteration, fixed gzip headers, so the same seed gives byte-identical files.
 */
public final class SampleGenerator {
    private final Path corporaDir;
    private final SampleSpec spec;

    public SampleGenerator(Path corporaDir, SampleSpec spec) {
        this.corporaDir = Objects.requireNonNull(corporaDir, "corporaDir");
        this.spec = Objects.requireNonNull(spec, "spec");
    }

    public SampleSpec spec() { return spec; }

    /** Writes outDir/NAME/ (the bundle) and outDir/NAME.labels.json. Returns the bundle dir. */
    public Path generate(Path outDir, String name) throws IOException {
        if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9._-]*"))
            throw new IllegalArgumentException("bundle name must be letters, digits, '.', '_' or '-': " + name);
        Path bundle = outDir.resolve(name);
        prepare(bundle);
        String bundleId = "SAMPLE-" + name + "-" + spec.seed();

        PromptPools pools = new PromptPools(Corpora.load(corporaDir, spec.permissiveOnly()));
        Population pop = Population.plan(spec, pools);
        Ids ids = new Ids(spec.seed());
        List<BadLines.Injection> schedule = BadLines.schedule(spec.records(), spec.badLines());

        TrafficWriter.Result traffic;
        try (PartWriter parts = new PartWriter(bundle, spec.recordsPerFile(), gzipLevel(spec))) {
            traffic = new TrafficWriter(new RecordFactory(pools, ids), ids).write(pop, parts, schedule);
        }
        List<FileEntry> files = new ArrayList<>(traffic.files());
        files.add(AccountsWriter.write(bundle, pop.accounts));
        ManifestWriter.writeReadme(bundle, bundleId, traffic.validRecords(), pop.accounts.size());
        ManifestWriter.write(bundle, bundleId, "SAMPLE-" + name, files);
        LabelsWriter.write(outDir.resolve(name + ".labels.json"), bundleId, spec, pop, traffic.injected());
        return bundle;
    }

    /**
     * Small bundles (the ones committed or attached to tickets) get the default level; big benchmark bundles trade
     * ~18% size for about twice the deflate speed. A function of the spec only, so output stays reproducible.
     */
    static int gzipLevel(SampleSpec spec) {
        return spec.records() <= 250_000 ? 6 : 1;
    }

    /** Replaces an earlier generated bundle of the same name, but never clobbers a directory it did not make. */
    private static void prepare(Path bundle) throws IOException {
        if (Files.isDirectory(bundle)) {
            boolean empty;
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(bundle)) {
                empty = !ds.iterator().hasNext();
            }
            if (!empty && !Files.isRegularFile(bundle.resolve("manifest.json")))
                throw new IOException(bundle + " exists and is not a bundle; refusing to overwrite it");
            try (Stream<Path> walk = Files.walk(bundle)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
            }
        } else if (Files.exists(bundle)) {
            throw new IOException(bundle + " exists and is not a directory");
        }
        Files.createDirectories(bundle.resolve("records"));
    }
}
