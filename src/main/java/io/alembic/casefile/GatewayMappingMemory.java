package io.alembic.casefile;

import io.alembic.formats.GatewayMapping;
import io.alembic.store.CaseDatabase;
import io.alembic.store.GatewayMappingStore;

import java.io.IOException;
import java.util.Optional;

/**
 * The mappings an analyst chose for gateway logs, remembered per layout so the next file with the same header needs
 * no second round of column picking. Each one is also written to the audit log, because a mapping decides which
 * column became which field of every converted record.
 */
final class GatewayMappingMemory {
    static final String ACTION = "gateway_mapping_saved";

    private final CaseDatabase db;
    private final AuditLog audit;

    GatewayMappingMemory(CaseDatabase db, AuditLog audit) {
        this.db = db;
        this.audit = audit;
    }

    void remember(String headerKey, GatewayMapping mapping, String source) throws IOException {
        if (headerKey == null || headerKey.isBlank()) throw new CaseException("a remembered mapping needs the header it is for");
        GatewayMappingStore store = new GatewayMappingStore(db);
        db.inTransaction(() -> {
            store.save(headerKey, mapping.toJson(), Who.user(), Who.now());
            return null;
        });
        audit.append(ACTION, Who.details("header", headerKey, "source", source, "mapping", mapping.toNode()));
    }

    /**
     * The mapping last used for this header on {@code reader}; empty when there is none or it no longer parses (a
     * mapping that an older version accepted is then asked for again rather than failing the dialog).
     */
    static Optional<GatewayMapping> recall(CaseDatabase reader, String headerKey) {
        return new GatewayMappingStore(reader).find(headerKey).flatMap(json -> {
            try {
                return Optional.of(GatewayMapping.fromJson(json, "remembered mapping"));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        });
    }
}
