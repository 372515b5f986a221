package io.alembic.casefile;

import java.util.concurrent.atomic.AtomicBoolean;

/** Cooperative cancellation: long work polls it between units and stops at a consistent point. */
public final class CancelToken {
    private final AtomicBoolean cancelled = new AtomicBoolean();

    public void cancel() { cancelled.set(true); }

    public boolean isCancelled() { return cancelled.get(); }

    public static CancelToken none() { return new CancelToken(); }
}
