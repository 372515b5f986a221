package io.alembic.bundle;

/** One file the manifest lists. {@code bytes} and {@code sha256} are of the file as stored (compressed for .gz). */
public record ManifestFile(String path, String kind, String sha256, long bytes, long records) {
    public static final String REQUESTS = "requests", ACCOUNTS = "accounts";
    /** A reduced bundle's upstream detection report ({@link FindingsFile}). */
    public static final String FINDINGS = "findings";
    /** A reduced bundle's population context ({@code io.alembic.detect.PopulationContext}). */
    public static final String POPULATION = "population";
    /** A foreign file a converted bundle was made from, kept byte for byte; its records are in the requests parts. */
    public static final String SOURCE = "source";
    /** Lines of the source files the converter could not turn into records: the import quarantines them (file, line). */
    public static final String REJECTED = "rejected";

    public boolean isRequests() { return REQUESTS.equals(kind); }

    public boolean isAccounts() { return ACCOUNTS.equals(kind); }

    public boolean isFindings() { return FINDINGS.equals(kind); }

    public boolean isPopulation() { return POPULATION.equals(kind); }

    public boolean isSource() { return SOURCE.equals(kind); }

    public boolean isRejected() { return REJECTED.equals(kind); }

    /** A kind this version reads; other listed files are verified and kept as evidence, not imported. */
    public boolean isKnownKind() { return isRequests() || isAccounts() || isFindings() || isPopulation() || isSource() || isRejected(); }
}
