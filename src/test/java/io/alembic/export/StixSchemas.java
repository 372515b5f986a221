package io.alembic.export;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.resource.InputStreamSource;
import com.networknt.schema.resource.ResourceLoader;
import com.networknt.schema.resource.SchemaLoader;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The official STIX 2.1 JSON schemas, vendored under src/test/resources/stix2, behind a validator that can only read
 * those files: each schema's {@code $id} URL is answered from the classpath, remote fetching is switched off, and
 * every IRI the validator asks for is recorded so a test can assert nothing was looked for elsewhere.
 */
public final class StixSchemas {
    public static final String BASE = "http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/";
    private static final String LOCAL = "/stix2/schemas/";

    private final List<String> requested = new CopyOnWriteArrayList<>();
    private final SchemaRegistry registry;
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    public StixSchemas() {
        ResourceLoader local = iri -> {
            String s = iri.toString();
            requested.add(s);
            if (!s.startsWith(BASE)) return null;
            URL u = StixSchemas.class.getResource(LOCAL + s.substring(BASE.length()));
            return u == null ? null : (InputStreamSource) u::openStream;
        };
        SchemaLoader loader = SchemaLoader.builder()
                .fetchRemoteResources(false)
                .resourceLoaders(b -> b.values(list -> {
                    list.clear();
                    list.add(local);
                }))
                .build();
        registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, b -> b.schemaLoader(loader));
    }

    /** Problems of a whole bundle against common/bundle.json (empty when valid). */
    public List<String> validateBundle(String json) { return validate("common/bundle.json", json); }

    /** Problems of one object against its own type's schema: sharper messages than the bundle's oneOf gives. */
    public List<String> validateObject(String type, String json) { return validate(schemaPathOf(type), json); }

    public List<String> validate(String schemaPath, String json) {
        Schema schema = schemas.computeIfAbsent(schemaPath, p -> registry.getSchema(SchemaLocation.of(BASE + p)));
        List<String> out = new ArrayList<>();
        for (Error e : schema.validate(json, InputFormat.JSON)) out.add(e.toString());
        return out;
    }

    /** Every IRI the validator asked the resource loader for. */
    public List<String> requested() { return List.copyOf(requested); }

    public SchemaRegistry registry() { return registry; }

    static String schemaPathOf(String type) {
        return switch (type) {
            case "relationship", "sighting" -> "sros/" + type + ".json";
            case "artifact", "autonomous-system", "directory", "domain-name", "email-addr", "email-message", "file", "ipv4-addr",
                 "ipv6-addr", "mac-addr", "mutex", "network-traffic", "process", "software", "url", "user-account",
                 "windows-registry-key", "x509-certificate" -> "observables/" + type + ".json";
            default -> "sdos/" + type + ".json";
        };
    }
}
