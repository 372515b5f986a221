package io.alembic.bundle;

import java.io.IOException;

/**
 * A compressed part whose stream breaks before its end (an export that crashed while writing, a cut copy). Every line
 * before {@link #lastGoodLine()} was read whole; {@link #partial()} holds the start of the line the break cut off
 * (possibly empty), so a reader can keep the good lines and account for the broken one.
 */
public final class BrokenPartException extends IOException {
    private final String file;
    private final long lastGoodLine;
    private final byte[] partial;

    public BrokenPartException(String file, long lastGoodLine, byte[] partial, IOException cause) {
        super(file + ": compressed stream broken after line " + lastGoodLine + " (" + cause.getMessage() + ")", cause);
        this.file = file;
        this.lastGoodLine = lastGoodLine;
        this.partial = partial;
    }

    public String file() { return file; }

    public long lastGoodLine() { return lastGoodLine; }

    /** Leading bytes of the line the break cut off; never more than {@link LineReader#PREFIX_BYTES}. */
    public byte[] partial() { return partial.clone(); }

    public String reason() {
        return "compressed stream broken inside this line (" + getCause().getMessage() + "): the line is cut off and nothing after it "
                + "can be read; lines 1-" + lastGoodLine + " were read";
    }
}
