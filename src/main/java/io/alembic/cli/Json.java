package io.alembic.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.PrintWriter;
import java.util.Collection;

/** JSON output for --json: exactly one document on stdout, keys in snake_case as the CLI contract names them. */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() { }

    static ObjectNode object() { return MAPPER.createObjectNode(); }

    static ArrayNode strings(Collection<?> values) {
        ArrayNode a = MAPPER.createArrayNode();
        for (Object v : values) a.add(String.valueOf(v));
        return a;
    }

    static void print(PrintWriter out, ObjectNode doc) {
        try {
            out.println(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(doc));
            out.flush();
        } catch (Exception e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
