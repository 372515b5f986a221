package io.alembic.bundle;

/** One chat message of a request: role (system, user, assistant, tool, ...) and its text. */
public record Message(String role, String content) {}
