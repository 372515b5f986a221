package io.alembic.casefile;

/** A bundle imported into the case, as an exhibit's cover names it: id, the SHA-256 of its manifest, its evidence copy. */
public record CaseBundle(String bundleId, String manifestSha256, String evidenceDir, boolean acceptedMismatch) {}
