package io.alembic.detect;

import java.util.ArrayList;
import java.util.List;

/** A bounded sample of request ids plus a total count, so evidence for a million-request account stays small. */
public final class Evidence {
    private final List<String> sample = new ArrayList<>();
    private long count;

    public void add(String requestId) {
        count++;
        if (sample.size() < Finding.MAX_EVIDENCE) sample.add(requestId);
    }

    public List<String> sample() { return List.copyOf(sample); }

    public long count() { return count; }
}
