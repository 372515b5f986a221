package io.alembic.store;

import java.util.Optional;

/** The last mapping (as JSON) used for each gateway-log layout; a layout is known by its header. */
public final class GatewayMappingStore {
    private final CaseDatabase db;

    public GatewayMappingStore(CaseDatabase db) { this.db = db; }

    /** Replaces what was remembered for the header: only the last mapping is offered, the audit log keeps them all. */
    public void save(String headerKey, String mappingJson, String user, String at) {
        Sql.update(db, "INSERT OR REPLACE INTO gateway_mappings(header_key, mapping_json, saved_by, saved_at) VALUES (?,?,?,?)",
                headerKey, mappingJson, user, at);
    }

    public Optional<String> find(String headerKey) {
        return Sql.list(db, "SELECT mapping_json FROM gateway_mappings WHERE header_key = ?", rs -> rs.getString(1), headerKey)
                .stream().findFirst();
    }
}
