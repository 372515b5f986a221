package io.alembic.store;

import java.util.Locale;

/** What an analyst's mark (tag, note, bookmark) is attached to. A record is named by its request_id. */
public enum TargetKind {
    RECORD, ACCOUNT, KEY, IP;

    /** The spelling stored in the database and used by the CLI. */
    public String code() { return name().toLowerCase(Locale.ROOT); }

    public static TargetKind ofCode(String code) { return valueOf(code.toUpperCase(Locale.ROOT)); }
}
