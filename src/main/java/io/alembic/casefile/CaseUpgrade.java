package io.alembic.casefile;

import io.alembic.store.CaseDatabase;
import io.alembic.store.SchemaUpgrade;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Brings a case made by an older Alembic up to the current format: refuse a newer case before touching it, back the
 * older one up, migrate the database, stamp case.json, and record the upgrade in the audit log. The audit entry comes
 * last because it anchors its head in case.db, which must already be migrated; an upgrade whose entry was lost to a
 * crash is found in case_migrations and recorded on the next open.
 */
final class CaseUpgrade {
    static final String ACTION = "case_migrated";

    private CaseUpgrade() { }

    /** Before the case is opened: refuses a newer case; backs up an older one and returns the backup (else null). */
    static Path prepare(CaseFolder folder, Instant at) throws IOException {
        int version = folder.formatVersion();
        int current = CaseDatabase.currentVersion();
        if (version > current) throw new CaseException(newerMessage(folder.root(), version, current));
        return version < current ? CaseBackup.make(folder, version, at) : null;
    }

    static String newerMessage(Path root, int version, int current) {
        return root + ": made by a newer Alembic (case format " + version + "; this Alembic reads formats up to "
                + current + "). Open it with the newer Alembic; nothing in the case was changed";
    }

    /** After the database is open: migrates it (when a backup was made) and writes the audit entries still owed. */
    static void finish(CaseFolder folder, CaseDatabase db, AuditLog audit, Path backup, Instant at) throws IOException {
        SchemaUpgrade upgrade = new SchemaUpgrade(db);
        if (backup != null) upgrade.upgrade(at.toString(), System.getProperty("user.name"), backup.toString());
        if (folder.formatVersion() != upgrade.version()) folder.writeFormatVersion(upgrade.version());
        for (SchemaUpgrade.Migration m : upgrade.unaudited()) {
            audit.append(ACTION, Who.details("from_format", m.from(), "to_format", m.to(), "backup", m.backup(),
                    "steps", m.steps(), "migrated_at", m.at()));
            upgrade.audited(m.id(), audit.head().seq());
        }
    }
}
