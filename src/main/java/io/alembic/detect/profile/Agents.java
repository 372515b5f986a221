package io.alembic.detect.profile;

/**
 * Reads a user agent by its shape, not by a list of library names: browsers send "Mozilla/5.0 (platform) ...", apps on
 * phones and desktops name their platform in parentheses, while HTTP client libraries and SDKs send bare
 * "product/version" tokens (or nothing at all). A distiller can fake any of these, so this is only ever one weak hint.
 */
public final class Agents {
    private Agents() { }

    public static boolean browser(String ua) { return ua.regionMatches(true, 0, "mozilla/", 0, 8); }

    /** No agent, or product/version tokens with no platform comment. */
    public static boolean programmatic(String ua) {
        if (ua.isBlank()) return true;
        return !browser(ua) && ua.indexOf('(') < 0;
    }
}
