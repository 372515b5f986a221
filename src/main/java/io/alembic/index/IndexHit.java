package io.alembic.index;

/** A hit as the index knows it: enough for a results table without touching the database. */
public record IndexHit(String requestId, String accountId, String model, String router, long timeMs, Integer status,
                       float score, String promptHead) {}
