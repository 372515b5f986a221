package io.alembic.bundle;

import java.util.ArrayList;
import java.util.List;

/** Compares what was copied with what the manifest declares. */
public final class BundleVerifier {
    /** The format names README.txt as an optional free-text file, so it is kept but not reported as unlisted. */
    public static final String README = "README.txt";
    private BundleVerifier() { }

    public record Result(List<Check> checks, List<String> unlisted) {
        public boolean ok() { return checks.stream().allMatch(Check::verified); }

        public List<Check> failures() { return checks.stream().filter(c -> !c.verified()).toList(); }
    }

    public record Check(ManifestFile declared, CopiedFile actual, String problem) {
        public boolean verified() { return problem == null; }
    }

    public static Result verify(StagedBundle staged) {
        List<Check> checks = new ArrayList<>();
        for (ManifestFile f : staged.manifest().files()) {
            CopiedFile actual = staged.files().get(f.path());
            String problem = null;
            if (actual == null) {
                problem = "missing from the bundle";
            } else if (!actual.sha256().equals(f.sha256())) {
                problem = "hash mismatch: manifest says sha256 " + f.sha256() + ", file has " + actual.sha256();
            } else if (f.bytes() >= 0 && actual.bytes() != f.bytes()) {
                problem = "size mismatch: manifest says " + f.bytes() + " bytes, file has " + actual.bytes();
            }
            checks.add(new Check(f, actual, problem));
        }
        List<String> unlisted = new ArrayList<>();
        for (String path : staged.files().keySet()) {
            if (!path.equals(Manifest.FILE_NAME) && !path.equals(README) && staged.manifest().file(path).isEmpty()) unlisted.add(path);
        }
        return new Result(checks, unlisted);
    }
}
