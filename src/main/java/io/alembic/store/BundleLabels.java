package io.alembic.store;

import java.util.LinkedHashMap;
import java.util.Map;

/** What an export names each stored bundle by: its id, the provider that exported it and the case reference. */
public final class BundleLabels {
    public record Label(String bundleKey, String bundleId, String provider, String caseReference, String exportedAt) {}

    private final CaseDatabase db;

    public BundleLabels(CaseDatabase db) { this.db = db; }

    /** By bundle key, oldest import first. */
    public Map<String, Label> all() {
        Map<String, Label> out = new LinkedHashMap<>();
        for (Label l : Sql.list(db, "SELECT bundle_key, bundle_id, provider, case_reference, exported_at FROM bundles ORDER BY created_at, bundle_key",
                rs -> new Label(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))) {
            out.put(l.bundleKey(), l);
        }
        return out;
    }
}
