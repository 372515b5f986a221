package io.alembic.casefile;

/** One ranked hit. {@code snippet} holds the matched text with terms wrapped in [[ ]], or a plain prefix. */
public record SearchHit(String requestId, String accountId, String timestamp, String model, Integer status,
                        String router, float score, String snippet) {}
