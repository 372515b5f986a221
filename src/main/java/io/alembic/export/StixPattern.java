package io.alembic.export;

/**
 * STIX patterns (STIX 2.1 part 9) for one observed value. Values are typed by the people under investigation (a user
 * agent can hold anything), so every string literal is escaped as the pattern grammar requires: a backslash becomes
 * two, a single quote becomes backslash-quote. Nothing else needs escaping inside a pattern string literal.
 */
final class StixPattern {
    private StixPattern() { }

    /** {@code [path = 'value']} */
    static String equalsString(String objectPath, String value) {
        return "[" + objectPath + " = " + literal(value) + "]";
    }

    /** {@code [path = 64500]} */
    static String equalsInteger(String objectPath, long value) {
        return "[" + objectPath + " = " + value + "]";
    }

    static String literal(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
