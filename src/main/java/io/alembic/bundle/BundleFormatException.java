package io.alembic.bundle;

/** The bundle is not something we can read (bad manifest, unsupported version): a usage-level error. */
public class BundleFormatException extends RuntimeException {
    public BundleFormatException(String message) { super(message); }
}
