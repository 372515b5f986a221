package io.alembic.formats;

import io.alembic.bundle.BundleFormatException;

/** No reader recognised the files, or a forced format does not exist: the message lists what was tried. */
public final class UnknownFormatException extends BundleFormatException {
    public UnknownFormatException(String message) { super(message); }
}
