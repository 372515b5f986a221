package io.alembic.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** The desktop's "open with Alembic" on a .zip bundle: the GUI on a case named after it under ~/AlembicCases. */
class OpenBundleArgsTest {
    @TempDir Path tmp;

    @Test
    void aZipBundleOpensTheGuiOnItsOwnCase() throws Exception {
        Path zip = Files.createFile(tmp.resolve("SAMPLE-x.zip"));
        Path home = tmp.resolve("home");
        assertArrayEquals(new String[] {"gui", "--case", home.resolve("AlembicCases/SAMPLE-x").toString(), "--import", zip.toString()},
                OpenBundleArgs.rewrite(new String[] {zip.toString()}, home));
    }

    @Test
    void commandsAndMissingFilesAreLeftAlone() {
        String[] verify = {"verify", "x.zip"};
        assertArrayEquals(verify, OpenBundleArgs.rewrite(verify, tmp));
        String[] missing = {tmp.resolve("none.zip").toString()};
        assertArrayEquals(missing, OpenBundleArgs.rewrite(missing, tmp));
    }
}
