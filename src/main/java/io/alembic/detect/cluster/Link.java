package io.alembic.detect.cluster;

import java.io.Serializable;
import java.util.List;

/**
 * Accounts that share one thing: kind (ip, payment, coactivity, ...), the shared value in words, and its weight (the
 * kind's weight scaled by how rare the value is in this log).
 */
public record Link(String kind, String value, double strength, List<String> accounts) implements Serializable {}
