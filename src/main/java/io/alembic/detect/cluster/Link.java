package io.alembic.detect.cluster;

import java.util.List;

/** Accounts that share one thing: kind (ip, payment, template, ...) and the shared value. */
public record Link(String kind, String value, double strength, List<String> accounts) {}
