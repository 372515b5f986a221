package io.alembic.index;

import io.alembic.bundle.RequestRecord;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.packed.PackedInts;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The case's Lucene index. Each commit records the highest store row it contains ({@code max_row}); the
 * importer commits the index before the database, so after a crash the index may hold rows the database
 * lost, never the reverse, and {@link #reconcile} trims them.
 */
public final class CaseIndex implements AutoCloseable {
    static final String MAX_ROW = "max_row";

    private final Path dir;
    private final Directory directory;
    private final Analyzer analyzer = Analyzers.create();
    private volatile IndexWriter writer;
    private DirectoryReader reader;
    private java.util.concurrent.ExecutorService searchPool;
    private final Object ordinalsLock = new Object();
    private IndexReader.CacheKey ordinalsOf;
    private final Map<String, OrdinalMap> ordinals = new HashMap<>();

    public CaseIndex(Path dir) throws IOException {
        this.dir = dir;
        this.directory = FSDirectory.open(dir);
    }

    public Path dir() { return dir; }

    Analyzer analyzer() { return analyzer; }

    /** Highest row id in the last commit, or 0 for an empty/new index. */
    public long committedMaxRow() throws IOException {
        if (!DirectoryReader.indexExists(directory)) return 0;
        Map<String, String> data = SegmentInfos.readLatestCommit(directory).getUserData();
        return Long.parseLong(data.getOrDefault(MAX_ROW, "0"));
    }

    /** Removes documents for rows above {@code storeMaxRow} (written before a crash that lost their rows). */
    public void reconcile(long storeMaxRow) throws IOException {
        if (committedMaxRow() <= storeMaxRow) return;
        IndexWriter w = writer();
        w.deleteDocuments(LongPoint.newRangeQuery(Fields.ROW, storeMaxRow + 1, Long.MAX_VALUE));
        commit(storeMaxRow);
    }

    /**
     * Adds one record's document.
     * @throws DocumentRejectedException when this one document cannot be indexed and the writer is unharmed
     */
    public void add(long rowId, String bundleId, RequestRecord r) throws IOException {
        org.apache.lucene.document.Document d;
        try {
            d = DocumentFactory.create(rowId, bundleId, r);
        } catch (RuntimeException e) {
            throw new DocumentRejectedException("cannot be indexed: " + e, e);
        }
        IndexWriter w = writer();
        try {
            w.addDocument(d);
        } catch (IllegalArgumentException e) {
            // Lucene drops a document it refuses (immense term, oversized doc values) and stays usable, unless the
            // failure was tragic, which must stop the import.
            if (w.getTragicException() != null) throw e;
            throw new DocumentRejectedException("cannot be indexed: " + e.getMessage(), e);
        }
    }

    /** Writes the largest in-memory segment in the calling thread; lets several threads share the flushing. */
    public void flushNextBuffer() throws IOException { writer().flushNextBuffer(); }

    /** Makes everything added so far durable, stamped with the highest row it covers. */
    public void commit(long maxRow) throws IOException {
        IndexWriter w = writer();
        w.setLiveCommitData(Map.of(MAX_ROW, Long.toString(maxRow)).entrySet());
        w.commit();
    }

    /** Drops what was added since the last commit (used when an import is cancelled). */
    public synchronized void rollback() throws IOException {
        if (writer != null) {
            writer.rollback();
            writer = null;
        }
    }

    public synchronized void closeWriter() throws IOException {
        if (writer != null) {
            writer.close();
            writer = null;
        }
    }

    private synchronized IndexWriter writer() throws IOException {
        if (writer == null) {
            IndexWriterConfig cfg = new IndexWriterConfig(analyzer);
            cfg.setRAMBufferSizeMB(64);
            cfg.setCommitOnClose(false);
            writer = new IndexWriter(directory, cfg);
        }
        return writer;
    }

    /** A reader on the latest commit, reopened only when the index changed. */
    synchronized DirectoryReader reader() throws IOException {
        if (reader == null) {
            if (!DirectoryReader.indexExists(directory)) return null;
            reader = DirectoryReader.open(directory);
        } else {
            DirectoryReader newer = DirectoryReader.openIfChanged(reader);
            if (newer != null) {
                reader.close();
                reader = newer;
            }
        }
        return reader;
    }

    /**
     * The global ordinal map of a facet field (segment ordinal to case-wide ordinal) for this reader: built on the
     * first search after the index changed, then reused. Its own lock, so an import's writer is never held up.
     */
    OrdinalMap ordinals(IndexReader reader, String field) throws IOException {
        synchronized (ordinalsLock) {
            IndexReader.CacheKey key = reader.getReaderCacheHelper().getKey();
            if (key != ordinalsOf) {
                ordinals.clear();
                ordinalsOf = key;
            }
            OrdinalMap map = ordinals.get(field);
            if (map == null) {
                List<LeafReaderContext> leaves = reader.leaves();
                SortedDocValues[] values = new SortedDocValues[leaves.size()];
                for (int i = 0; i < values.length; i++) values[i] = DocValues.getSorted(leaves.get(i).reader(), field);
                map = OrdinalMap.build(key, values, PackedInts.DEFAULT);
                ordinals.put(field, map);
            }
            return map;
        }
    }

    /** Searches run segment slices on all cores; the pool's threads are daemons, created on first search. */
    synchronized java.util.concurrent.Executor searchExecutor() {
        if (searchPool == null) {
            int n = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
            searchPool = java.util.concurrent.Executors.newFixedThreadPool(n, r -> {
                Thread t = new Thread(r, "alembic-search");
                t.setDaemon(true);
                return t;
            });
        }
        return searchPool;
    }

    /** Every live document of the last commit as (row, request_id), for verify; reads stored fields, so it is not quick. */
    public IndexInventory inventory() throws IOException { return IndexInventory.of(reader()); }

    public IndexSearch search() { return new IndexSearch(this, TagResolver.NONE); }

    /** A search that understands {@code tag:NAME} through {@code tags}. */
    public IndexSearch search(TagResolver tags) { return new IndexSearch(this, tags); }

    @Override
    public void close() throws IOException {
        rollback();
        if (searchPool != null) searchPool.shutdownNow();
        if (reader != null) reader.close();
        directory.close();
    }
}
