package io.alembic.casefile;

import io.alembic.testutil.HostileJson;
import io.alembic.testutil.TestBundle;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The import's invariant under hostile files: every line is imported or quarantined with a reason (blank lines and
 * byte-identical repeats aside), pristine lines among them always import, and the index holds exactly the stored rows.
 */
class ImportFuzzTest {
    private static final String PART = "records/part-00001.jsonl";

    @Provide
    Arbitrary<List<byte[]>> files() {
        return Arbitraries.integers().between(1, 24).flatMap(n -> {
            List<Arbitrary<byte[]>> lines = new ArrayList<>();
            for (int i = 1; i <= n; i++) {
                // every third line is pristine: those must come through whatever surrounds them
                lines.add(i % 3 == 0 ? Arbitraries.just(HostileJson.validLine("ok-" + i)) : HostileJson.line("h-" + i));
            }
            return net.jqwik.api.Combinators.combine(lines).as(l -> l);
        });
    }

    @Property(tries = 15, edgeCases = EdgeCasesMode.MIXIN)
    void everyLineIsImportedOrQuarantinedAndTheRestImports(@ForAll("files") List<byte[]> lines, @ForAll boolean gzip) throws Exception {
        Path dir = Files.createTempDirectory("alembic-import-fuzz");
        try {
            String part = gzip ? PART + ".gz" : PART;
            Path bundle = new TestBundle("F").requests(part, List.of("placeholder")).writeTo(dir.resolve("bundle"));
            writePart(bundle.resolve(part), lines, gzip);
            TestBundle.rehash(bundle, part);
            Path caseDir = dir.resolve("case");
            ImportReport report;
            try (Case c = Case.openOrCreate(caseDir)) {
                report = c.importBundle(bundle, false, ImportListener.NONE, CancelToken.none());
            }
            assertTrue(report.brokenParts().isEmpty());

            Map<Long, String> quarantined = new HashMap<>();
            Set<Long> stored = new TreeSet<>();
            try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + caseDir.resolve("case.db"))) {
                query(db, "SELECT line, reason FROM quarantine WHERE file = ?", part, rs -> quarantined.put(rs.getLong(1), rs.getString(2)));
                query(db, "SELECT line FROM requests WHERE file = ?", part, rs -> stored.add(rs.getLong(1)));
            }
            Set<ByteBuffer> seen = new HashSet<>(); // by content, without copying lines of a megabyte
            for (int i = 1; i <= lines.size(); i++) {
                byte[] b = lines.get(i - 1);
                boolean q = quarantined.containsKey((long) i);
                boolean s = stored.contains((long) i);
                assertFalse(q && s, "line " + i + " both stored and quarantined");
                if (q) assertFalse(quarantined.get((long) i).isBlank(), "line " + i + " quarantined without a reason");
                boolean repeat = !seen.add(ByteBuffer.wrap(b));
                if (blank(b) || repeat) continue;
                assertTrue(q || s, "line " + i + " neither imported nor quarantined: " + new String(b, 0, Math.min(b.length, 300)));
                if (i % 3 == 0) assertTrue(s, "pristine line " + i + " not imported: " + quarantined.get((long) i));
            }
            assertEquals(stored.size(), report.recordsImported());
            assertEquals(quarantined.size(), report.recordsQuarantined());
            try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(caseDir.resolve("index")))) {
                assertEquals(stored.size(), r.numDocs(), "index and store hold the same records");
            }
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
    }

    private interface Row { void accept(ResultSet rs) throws SQLException; }

    private static void query(Connection db, String sql, String arg, Row row) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            s.setString(1, arg);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) row.accept(rs);
            }
        }
    }

    /** As the importer sees it: only spaces and tabs once a trailing CR is dropped. */
    private static boolean blank(byte[] b) {
        int n = b.length > 0 && b[b.length - 1] == '\r' ? b.length - 1 : b.length;
        for (int i = 0; i < n; i++) if (b[i] != ' ' && b[i] != '\t') return false;
        return true;
    }

    private static void writePart(Path file, List<byte[]> lines, boolean gzip) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (byte[] l : lines) {
            body.write(l);
            body.write('\n');
        }
        try (OutputStream out = gzip ? new GZIPOutputStream(Files.newOutputStream(file)) : Files.newOutputStream(file)) {
            body.writeTo(out);
        }
    }
}
