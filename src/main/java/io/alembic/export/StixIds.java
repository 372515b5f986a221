package io.alembic.export;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Deterministic STIX identifiers (UUIDv5, RFC 4122 §4.3): the same case always yields the same ids, so a receiver
 * that imports two exports of one case merges them instead of doubling every object. Domain and relationship objects
 * hash their natural key ("indicator|ip|198.51.100.7") under Alembic's own namespace; cyber-observables follow the
 * STIX 2.1 rule (§2.9): the canonical JSON of their id-contributing properties under the STIX namespace, so another
 * tool naming the same IP address gets the same id.
 */
final class StixIds {
    /** Alembic's namespace for its own objects; fixed forever, since every id ever exported depends on it. */
    static final UUID ALEMBIC_NAMESPACE = UUID.fromString("5b2d9c1e-7a43-4f0e-9d6b-3c8a1e2f4b70");
    /** The namespace STIX 2.1 prescribes for cyber-observable ids. */
    static final UUID STIX_SCO_NAMESPACE = UUID.fromString("00abedb4-aa42-466c-9c01-fed23315a9b7");

    private StixIds() { }

    static String object(String type, String naturalKey) {
        return type + "--" + uuid5(ALEMBIC_NAMESPACE, type + "|" + naturalKey);
    }

    /** An observable whose one id-contributing property is a string (value, user_id). */
    static String observable(String type, String property, String value) {
        return type + "--" + uuid5(STIX_SCO_NAMESPACE, "{" + quote(property) + ":" + quote(value) + "}");
    }

    /** An observable whose one id-contributing property is an integer (autonomous-system number). */
    static String observable(String type, String property, long value) {
        return type + "--" + uuid5(STIX_SCO_NAMESPACE, "{" + quote(property) + ":" + value + "}");
    }

    static UUID uuid5(UUID namespace, String name) {
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every JRE", e);
        }
        ByteBuffer ns = ByteBuffer.allocate(16).putLong(namespace.getMostSignificantBits()).putLong(namespace.getLeastSignificantBits());
        sha1.update(ns.array());
        byte[] h = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
        h[6] = (byte) ((h[6] & 0x0f) | 0x50);
        h[8] = (byte) ((h[8] & 0x3f) | 0x80);
        ByteBuffer b = ByteBuffer.wrap(h, 0, 16);
        return new UUID(b.getLong(), b.getLong());
    }

    /** A JSON string as RFC 8785 (JCS) writes it: short escapes where JSON has them, other controls as lower-case \\u00xx. */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        return sb.append('"').toString();
    }
}
