package io.alembic.detect.cluster;

import java.io.Serializable;

/** One thing an account has that another may share: kind (ip, payment, setup, ...) and value. */
public record LinkToken(String kind, String value) implements Serializable, Comparable<LinkToken> {
    public int compareTo(LinkToken o) {
        int c = kind.compareTo(o.kind);
        return c != 0 ? c : value.compareTo(o.value);
    }
}
