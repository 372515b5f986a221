package io.alembic.bundle;

/** One file the manifest lists. {@code bytes} and {@code sha256} are of the file as stored (compressed for .gz). */
public record ManifestFile(String path, String kind, String sha256, long bytes, long records) {
    public static final String REQUESTS = "requests", ACCOUNTS = "accounts";
    /** A reduced bundle's upstream detection report ({@link FindingsFile}). */
    public static final String FINDINGS = "findings";
    /** A reduced bundle's population context ({@code io.alembic.detect.PopulationContext}). */
    public static final String POPULATION = "population";

    public boolean isRequests() { return REQUESTS.equals(kind); }

    public boolean isAccounts() { return ACCOUNTS.equals(kind); }

    public boolean isFindings() { return FINDINGS.equals(kind); }

    public boolean isPopulation() { return POPULATION.equals(kind); }

    /** A kind this version reads; other listed files are verified and kept as evidence, not imported. */
    public boolean isKnownKind() { return isRequests() || isAccounts() || isFindings() || isPopulation(); }
}
