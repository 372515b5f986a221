package io.alembic.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged runnable jar (failsafe, after package): it carries JavaFX's native libraries for the platform it was
 * built for — checked by name and by the CPU in each library's header, since macOS x64 and Apple silicon use the same
 * names — and, run as analysts run it, prints its version and the one-line start-up errors.
 */
class RunnableJarIT {
    private static final Path JAR = Path.of(System.getProperty("alembic.jar", "target/alembic.jar"));

    /** Per platform: the JavaFX natives the window needs, and the CPU their headers must name. */
    private record Natives(List<String> files, String cpu) { }

    private static final Map<String, Natives> EXPECTED = Map.of(
            "linux", new Natives(List.of("libglass.so", "libglassgtk3.so", "libprism_sw.so", "libprism_es2.so", "libjavafx_font.so",
                    "libjavafx_font_freetype.so", "libdecora_sse.so"), "x86_64"),
            "win", new Natives(List.of("glass.dll", "prism_sw.dll", "prism_d3d.dll", "javafx_font.dll", "decora_sse.dll"), "x86_64"),
            "mac", new Natives(List.of("libglass.dylib", "libprism_sw.dylib", "libprism_es2.dylib", "libjavafx_font.dylib"), "x86_64"),
            "mac-aarch64", new Natives(List.of("libglass.dylib", "libprism_sw.dylib", "libprism_es2.dylib", "libjavafx_font.dylib"), "aarch64"));

    private static String platform() {
        String p = System.getProperty("javafx.platform", "");
        if (!p.isEmpty() && !p.startsWith("$")) return p;
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        boolean arm = System.getProperty("os.arch").contains("aarch64");
        return os.startsWith("windows") ? "win" : os.startsWith("mac") ? (arm ? "mac-aarch64" : "mac") : "linux";
    }

    @Test
    void carriesTheJavaFxNativesOfItsPlatform() throws IOException {
        String platform = platform();
        Natives expected = EXPECTED.get(platform);
        assertNotNull(expected, "unknown platform " + platform);
        try (JarFile jar = new JarFile(JAR.toFile())) {
            List<String> missing = new ArrayList<>();
            for (String f : expected.files()) {
                ZipEntry e = jar.getEntry(f);
                if (e == null) {
                    missing.add(f);
                    continue;
                }
                try (InputStream in = jar.getInputStream(e)) {
                    assertEquals(expected.cpu(), cpu(in.readNBytes(4096)), JAR + "!" + f + " is built for another CPU");
                }
            }
            assertEquals(List.of(), missing, JAR + " lacks JavaFX natives for " + platform);
            assertEquals("io.alembic.cli.boot.Launcher", jar.getManifest().getMainAttributes().getValue("Main-Class"));
        }
    }

    /** The CPU an ELF, PE or Mach-O header names. */
    static String cpu(byte[] h) {
        if (h[0] == 0x7f && h[1] == 'E' && h[2] == 'L' && h[3] == 'F') {
            int machine = (h[18] & 0xff) | (h[19] & 0xff) << 8;
            return machine == 62 ? "x86_64" : machine == 183 ? "aarch64" : "elf-" + machine;
        }
        if (h[0] == 'M' && h[1] == 'Z') {
            int pe = (h[0x3c] & 0xff) | (h[0x3d] & 0xff) << 8 | (h[0x3e] & 0xff) << 16 | (h[0x3f] & 0xff) << 24;
            int machine = (h[pe + 4] & 0xff) | (h[pe + 5] & 0xff) << 8;
            return machine == 0x8664 ? "x86_64" : machine == 0xaa64 ? "aarch64" : "pe-" + Integer.toHexString(machine);
        }
        int magic = (h[0] & 0xff) | (h[1] & 0xff) << 8 | (h[2] & 0xff) << 16 | (h[3] & 0xff) << 24;
        if (magic == 0xfeedfacf) {
            int cpu = (h[4] & 0xff) | (h[5] & 0xff) << 8 | (h[6] & 0xff) << 16 | (h[7] & 0xff) << 24;
            return cpu == 0x01000007 ? "x86_64" : cpu == 0x0100000c ? "aarch64" : "macho-" + Integer.toHexString(cpu);
        }
        return "unknown";
    }

    private static String java() { return Path.of(System.getProperty("java.home"), "bin", "java").toString(); }

    private static String[] run(Map<String, String> unset, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(java(), "-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        unset.keySet().forEach(pb.environment()::remove);
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return new String[] {String.valueOf(p.exitValue()), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)};
    }

    @Test
    void printsItsVersion() throws Exception {
        String[] r = run(Map.of(), "--version");
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].startsWith("Alembic "), r[1]);
    }

    @Test
    void guiWithoutADisplaySaysToUseXvfbRun() throws Exception {
        if (!platform().equals("linux") || !System.getProperty("os.name").startsWith("Linux")) return;
        String[] r = run(Map.of("DISPLAY", "", "WAYLAND_DISPLAY", ""), "gui");
        assertEquals("1", r[0]);
        assertEquals(DisplayCheck.NO_DISPLAY + System.lineSeparator(), r[2]);
        assertTrue(Files.size(JAR) > 0);
    }
}
