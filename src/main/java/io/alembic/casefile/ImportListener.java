package io.alembic.casefile;

/** Progress callback for an import; called from the importing thread, so UI code must hop threads itself. */
public interface ImportListener {
    /** @param phase short human label ("Verifying", "Importing records/part-00001.jsonl.gz", ...)
     *  @param done records read so far in this run, @param total records the manifest declares (0 if unknown) */
    void progress(String phase, long done, long total);

    ImportListener NONE = (phase, done, total) -> { };
}
