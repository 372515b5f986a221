package io.alembic.store;

/** Whether a target exists in the case, so a typo is refused instead of silently tagging nothing. */
public final class TargetStore {
    private final CaseDatabase db;

    public TargetStore(CaseDatabase db) { this.db = db; }

    public boolean exists(Target t) {
        String column = switch (t.kind()) {
            case RECORD -> "request_id";
            case ACCOUNT -> "account_id";
            case KEY -> "api_key_id";
            case IP -> "ip";
        };
        if (t.kind() == TargetKind.ACCOUNT && Sql.queryLong(db, "SELECT COUNT(*) FROM accounts WHERE account_id = ?", t.id()) > 0) return true;
        return Sql.queryLong(db, "SELECT EXISTS(SELECT 1 FROM requests WHERE " + column + " = ?)", t.id()) > 0;
    }
}
