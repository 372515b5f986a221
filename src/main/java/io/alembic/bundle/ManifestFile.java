package io.alembic.bundle;

/** One file the manifest lists. {@code bytes} and {@code sha256} are of the file as stored (compressed for .gz). */
public record ManifestFile(String path, String kind, String sha256, long bytes, long records) {
    public boolean isRequests() { return "requests".equals(kind); }

    public boolean isAccounts() { return "accounts".equals(kind); }
}
