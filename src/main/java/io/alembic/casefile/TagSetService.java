package io.alembic.casefile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.alembic.store.CaseDatabase;
import io.alembic.store.TagDefStore;
import io.alembic.store.TagDefinition;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The case's tag set: seeded from the shipped distillation-pattern tags, extended by analysts. */
final class TagSetService {
    static final String RESOURCE = "tag-set.json";
    /** Names must survive the query syntax unquoted ({@code tag:cot-harvest}), hence this narrow alphabet. */
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

    private final CaseDatabase db;
    private final AuditLog audit;
    private final TagDefStore defs;

    TagSetService(CaseDatabase db, AuditLog audit) {
        this.db = db;
        this.audit = audit;
        this.defs = new TagDefStore(db);
    }

    /** Adds the shipped tags the case does not have yet; idempotent, so it runs on every open. */
    void seed() throws IOException {
        JsonNode tags = shipped();
        String at = Who.now();
        List<String> added = db.inTransaction(() -> {
            List<String> names = new java.util.ArrayList<>();
            for (JsonNode t : tags) {
                if (defs.seed(t.get("name").asText(), t.get("color").asText(), t.path("description").asText(null), at)) {
                    names.add(t.get("name").asText());
                }
            }
            return names;
        });
        if (!added.isEmpty()) audit.append("tag_set_seeded", Who.details("tags", added));
    }

    private static JsonNode shipped() {
        try (InputStream in = TagSetService.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            return new ObjectMapper().readTree(in).get("tags");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    TagDefinition define(String name, String color, String description) throws IOException {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new CaseException("tag name \"" + name + "\" is not allowed: use lower-case letters, digits, '-', '_' or '.', starting with a letter or digit");
        }
        if (color == null || !COLOR.matcher(color).matches()) throw new CaseException("colour \"" + color + "\" is not of the form #RRGGBB");
        String c = color.toLowerCase(Locale.ROOT);
        String user = Who.user();
        boolean created = db.inTransaction(() -> defs.define(name, c, description, user, Who.now()));
        audit.append(created ? "tag_defined" : "tag_redefined", Who.details("tag", name, "color", c, "description", description));
        return defs.find(name).orElseThrow();
    }

    List<TagDefinition> all() { return defs.all(); }

    /** The definition, or a CaseException that says how to define the tag. */
    TagDefinition require(String name) {
        return defs.find(name).orElseThrow(() -> new CaseException("unknown tag \"" + name + "\"; defined tags: "
                + defs.all().stream().map(TagDefinition::name).collect(Collectors.joining(", "))
                + ". Define it first: alembic tags define --case DIR " + name + " --color #RRGGBB [--description TEXT]"));
    }

    boolean exists(String name) { return defs.find(name).isPresent(); }
}
