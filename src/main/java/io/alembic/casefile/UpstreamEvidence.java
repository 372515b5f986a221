package io.alembic.casefile;

import io.alembic.bundle.FindingsFile;
import io.alembic.bundle.ManifestFile;
import io.alembic.bundle.Sha256;
import io.alembic.detect.PopulationContext;
import io.alembic.store.BundleStore;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The files a reduced bundle adds (manifest kinds {@code findings} and {@code population}), read from the case's
 * evidence copy, and only after re-hashing it against the hash recorded at import: a context or report that no longer
 * matches its evidence hash is refused, never used.
 */
final class UpstreamEvidence {
    /** A reduced bundle's population context and, when the bundle has one, its findings' provenance. */
    record Population(BundleStore.BundleRow bundle, PopulationContext context, FindingsFile.Upstream upstream) {}

    private final CaseFolder folder;
    private final BundleStore bundles;

    UpstreamEvidence(CaseFolder folder, BundleStore bundles) {
        this.folder = folder;
        this.bundles = bundles;
    }

    /** The verified file of this kind in a bundle, if it lists one. */
    Optional<BundleStore.FileRow> file(String bundleKey, String kind) {
        return bundles.files(bundleKey).stream().filter(f -> f.listed() && kind.equals(f.kind())).findFirst();
    }

    byte[] read(BundleStore.BundleRow b, BundleStore.FileRow f) throws IOException {
        if (!f.verified() || f.sha256() == null) {
            throw new CaseException(b.bundleId() + "/" + f.path() + " failed verification at import; it is kept as evidence but not used");
        }
        Path p = folder.root().resolve(b.evidenceDir()).resolve(f.path());
        byte[] bytes = Files.readAllBytes(p);
        String sha = Sha256.of(bytes);
        if (!sha.equals(f.sha256())) {
            throw new CaseException(p + ": sha256 is " + sha + ", recorded at import " + f.sha256() + "; run verify");
        }
        return bytes;
    }

    FindingsFile findings(BundleStore.BundleRow b, BundleStore.FileRow f) throws IOException {
        return FindingsFile.parse(read(b, f), b.bundleId() + "/" + f.path());
    }

    /** The population context of the newest complete bundle that carries one, if any. */
    Optional<Population> population() throws IOException {
        List<BundleStore.BundleRow> all = bundles.bundles();
        for (int i = all.size() - 1; i >= 0; i--) {
            BundleStore.BundleRow b = all.get(i);
            if (!b.complete()) continue;
            Optional<BundleStore.FileRow> pf = file(b.bundleKey(), ManifestFile.POPULATION);
            if (pf.isEmpty()) continue;
            PopulationContext ctx;
            try {
                ctx = PopulationContext.parse(new String(read(b, pf.get()), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                throw new CaseException(b.bundleId() + "/" + pf.get().path() + ": " + e.getMessage());
            }
            Optional<BundleStore.FileRow> ff = file(b.bundleKey(), ManifestFile.FINDINGS);
            FindingsFile.Upstream up = ff.isPresent() ? findings(b, ff.get()).upstream() : null;
            return Optional.of(new Population(b, ctx, up));
        }
        return Optional.empty();
    }
}
