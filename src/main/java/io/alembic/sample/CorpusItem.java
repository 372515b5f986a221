package io.alembic.sample;

/** One row of a corpus file; response and reasoning may be null. */
record CorpusItem(String id, String kind, String prompt, String response, String reasoning, String license) {}
