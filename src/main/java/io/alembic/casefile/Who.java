package io.alembic.casefile;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Who did something and when, as stamped on every mark; and audit details that tolerate absent values. */
final class Who {
    private Who() { }

    static String user() { return System.getProperty("user.name", "unknown"); }

    static String now() { return Instant.now().toString(); }

    /** Key/value pairs for the audit log, leaving out null values (Map.of refuses them). */
    static Map<String, Object> details(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) if (keyValues[i + 1] != null) m.put((String) keyValues[i], keyValues[i + 1]);
        return m;
    }
}
