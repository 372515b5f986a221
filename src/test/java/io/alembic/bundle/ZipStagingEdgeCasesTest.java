package io.alembic.bundle;

import io.alembic.testutil.TestBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Zips the property tests found escaping as raw I/O errors (kept shrunk): each now refuses the bundle by name. */
class ZipStagingEdgeCasesTest {
    @TempDir Path tmp;

    @Test
    void damagedEntryHeaderRefusesTheBundleNamingTheZip() throws IOException {
        Path bundle = new TestBundle("Z").requests("records/part-00001.jsonl", List.of("{}")).writeTo(tmp.resolve("b"));
        Path zip = TestBundle.zip(bundle, tmp.resolve("b.zip"));
        byte[] bytes = Files.readAllBytes(zip);
        bytes[0] = 0; // the first local header's signature, as in the shrunk sample
        Files.write(zip, bytes);
        BundleFormatException e = assertThrows(BundleFormatException.class, () -> EvidenceStager.stage(zip, Files.createDirectories(tmp.resolve("s"))));
        assertTrue(e.getMessage().startsWith(zip + ": not a readable zip ("), e.getMessage());
    }

    @Test
    void fileAndFolderOfOneNameRefuseTheBundle() throws IOException {
        Path zip = tmp.resolve("clash.zip");
        try (OutputStream raw = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(raw)) {
            for (String name : List.of("manifest.json", "records/part-00001.jsonl", "records")) {
                z.putNextEntry(new ZipEntry(name));
                z.write((name.equals("manifest.json") ? "{\"bundle_format\":\"llm-api-log-bundle\",\"format_version\":1,\"bundle_id\":\"C\",\"files\":[]}" : "x")
                        .getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        BundleFormatException e = assertThrows(BundleFormatException.class, () -> EvidenceStager.stage(zip, Files.createDirectories(tmp.resolve("s"))));
        assertTrue(e.getMessage().startsWith(zip + ": entries clash when unpacked ("), e.getMessage());
    }
}
