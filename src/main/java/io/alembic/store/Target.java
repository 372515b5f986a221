package io.alembic.store;

/** One thing an analyst marks: a record (by request_id), an account, an API key or a client IP. */
public record Target(TargetKind kind, String id) {
    public Target {
        if (kind == null || id == null || id.isBlank()) throw new IllegalArgumentException("a target needs a kind and an id");
    }

    public static Target record(String requestId) { return new Target(TargetKind.RECORD, requestId); }

    public static Target account(String accountId) { return new Target(TargetKind.ACCOUNT, accountId); }

    public static Target key(String apiKeyId) { return new Target(TargetKind.KEY, apiKeyId); }

    public static Target ip(String ip) { return new Target(TargetKind.IP, ip); }

    @Override
    public String toString() { return kind.code() + " " + id; }
}
