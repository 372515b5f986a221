package io.alembic.casefile;

/**
 * One file of an exhibit as recorded in the audit log: its name inside the case's exhibits/ folder, its SHA-256, and
 * where else the analyst asked for a copy (null if nowhere).
 */
public record ExhibitFile(String name, String sha256, String copiedTo) {}
