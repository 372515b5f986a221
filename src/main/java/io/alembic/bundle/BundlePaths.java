package io.alembic.bundle;

/** Rules for paths inside a bundle: relative, forward slashes, never climbing out. */
public final class BundlePaths {
    private BundlePaths() { }

    /** True if {@code path} is absolute or has a {@code ..} segment, i.e. could escape the bundle root. */
    public static boolean isUnsafe(String path) {
        if (path == null || path.isEmpty()) return true;
        String p = path.replace('\\', '/');
        if (p.startsWith("/") || p.matches("^[A-Za-z]:.*")) return true;
        for (String seg : p.split("/")) {
            if (seg.equals("..")) return true;
        }
        return p.indexOf('\0') >= 0;
    }

    public static String normalize(String path) {
        String p = path.replace('\\', '/');
        while (p.startsWith("./")) p = p.substring(2);
        return p;
    }

    /** The file a manifest path names inside the bundle folder; refuses paths that could escape it. */
    public static java.nio.file.Path resolveInside(java.nio.file.Path root, String path) {
        if (isUnsafe(path)) throw new BundleFormatException("unsafe path in manifest: " + path);
        return root.resolve(normalize(path));
    }
}
