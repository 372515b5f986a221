package io.alembic.cli.boot;

/**
 * Decides whether this Java can run Alembic. Compiled for Java 8 (see pom.xml) so that an old Java can still load it
 * and say what to install, instead of failing with UnsupportedClassVersionError on the first Java 17 class.
 */
public final class JavaVersionCheck {
    public static final int REQUIRED = 17;

    private JavaVersionCheck() { }

    /** The one-line error for a too old Java, or null when {@code specVersion} ("1.8", "11", "17") is new enough. */
    public static String problem(String specVersion, String javaHome) {
        int feature = feature(specVersion);
        if (feature >= REQUIRED) return null;
        return "alembic: needs Java " + REQUIRED + " or newer, but this is Java " + (feature > 0 ? String.valueOf(feature) : specVersion)
                + " (" + javaHome + "): install Java " + REQUIRED + " (Debian/Ubuntu: sudo apt-get install openjdk-17-jre)"
                + " or use the Alembic installer, which brings its own Java";
    }

    static int feature(String specVersion) {
        if (specVersion == null) return 0;
        String v = specVersion.startsWith("1.") ? specVersion.substring(2) : specVersion;
        int end = 0;
        while (end < v.length() && Character.isDigit(v.charAt(end))) end++;
        try {
            return end == 0 ? 0 : Integer.parseInt(v.substring(0, end));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
