package io.alembic.bundle;

/** The evidence does not match its manifest, or the container is unsafe: the CLI exits 2 on this. */
public class BundleVerificationException extends RuntimeException {
    public BundleVerificationException(String message) { super(message); }
}
