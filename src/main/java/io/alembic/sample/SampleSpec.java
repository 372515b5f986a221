package io.alembic.sample;

/**
 * What to generate. {@code records} counts valid request lines; the {@code badLines} malformed lines (and the
 * byte-identical duplicates injected next to them) come on top, so an importer should keep exactly
 * {@code records} requests and quarantine exactly {@code badLines} lines.
 */
public record SampleSpec(long seed, int accounts, long records, boolean permissiveOnly, int badLines, int recordsPerFile,
                         boolean varied, boolean holdout) {

    /**
     * The classic scenario set: what the committed demo and the benchmark bundles were made with, kept byte-stable.
     * {@code varied} adds the harder campaigns and closer benign look-alikes (see {@link Variations}).
     */
    public SampleSpec(long seed, int accounts, long records, boolean permissiveOnly, int badLines, int recordsPerFile) {
        this(seed, accounts, records, permissiveOnly, badLines, recordsPerFile, false, false);
    }

    /** Without the held-out tactic family (which only {@code --holdout} adds, see EchoSampling). */
    public SampleSpec(long seed, int accounts, long records, boolean permissiveOnly, int badLines, int recordsPerFile,
                      boolean varied) {
        this(seed, accounts, records, permissiveOnly, badLines, recordsPerFile, varied, false);
    }

    public SampleSpec {
        if (accounts < 1) throw new IllegalArgumentException("accounts must be >= 1, got " + accounts);
        if (records < 1) throw new IllegalArgumentException("records must be >= 1, got " + records);
        if (badLines < 0) throw new IllegalArgumentException("bad lines must be >= 0, got " + badLines);
        if (badLines > records) throw new IllegalArgumentException("bad lines (" + badLines + ") must not exceed records (" + records + ")");
        if (recordsPerFile < 1) throw new IllegalArgumentException("records per file must be >= 1, got " + recordsPerFile);
        if (holdout && !varied) throw new IllegalArgumentException("the held-out family exists only in the varied scenarios");
    }

    public static SampleSpec defaults(long seed) {
        return new SampleSpec(seed, 60, 20_000, false, 0, 100_000);
    }

    public SampleSpec withAccounts(int n) { return new SampleSpec(seed, n, records, permissiveOnly, badLines, recordsPerFile, varied, holdout); }
    public SampleSpec withRecords(long n) { return new SampleSpec(seed, accounts, n, permissiveOnly, badLines, recordsPerFile, varied, holdout); }
    public SampleSpec withPermissiveOnly(boolean p) { return new SampleSpec(seed, accounts, records, p, badLines, recordsPerFile, varied, holdout); }
    public SampleSpec withBadLines(int n) { return new SampleSpec(seed, accounts, records, permissiveOnly, n, recordsPerFile, varied, holdout); }
    public SampleSpec withRecordsPerFile(int n) { return new SampleSpec(seed, accounts, records, permissiveOnly, badLines, n, varied, holdout); }
    public SampleSpec withVaried(boolean v) { return new SampleSpec(seed, accounts, records, permissiveOnly, badLines, recordsPerFile, v, holdout && v); }
    public SampleSpec withHoldout(boolean h) { return new SampleSpec(seed, accounts, records, permissiveOnly, badLines, recordsPerFile, varied || h, h); }
}
