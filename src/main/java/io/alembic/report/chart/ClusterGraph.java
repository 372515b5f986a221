package io.alembic.report.chart;

import io.alembic.detect.cluster.Cluster;
import io.alembic.detect.cluster.Link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A cluster's accounts on a circle (fixed order: no layout randomness, so the same cluster prints the same), joined by
 * one edge per link and pair of members, coloured and dashed by link kind with a legend. Flagged accounts are ringed.
 * More than {@link #MAX_NODES} members: the first ones by id are drawn and the rest counted in the caption.
 */
public final class ClusterGraph implements Chart {
    public static final int MAX_NODES = 24;
    private static final int[] KIND_COLOURS = {0x3B6EA8, 0xD98C1F, 0x4E9A52, 0x8E5BA8, 0xB03A2E, 0x2A9D9A, 0x7A6A3A, 0x555555};

    private final List<String> nodes;
    private final Map<String, Boolean> flagged;
    private final List<Link> links;

    public ClusterGraph(Cluster cluster, Map<String, Boolean> flaggedByAccount) {
        List<String> sorted = new ArrayList<>(cluster.accounts());
        sorted.sort(null);
        this.nodes = sorted.subList(0, Math.min(MAX_NODES, sorted.size()));
        this.flagged = flaggedByAccount;
        this.links = cluster.links();
    }

    @Override
    public void draw(Pen pen, double width, double height) {
        Map<String, Integer> kinds = new TreeMap<>();
        for (Link l : links) kinds.putIfAbsent(l.kind(), 0);
        int k = 0;
        for (Map.Entry<String, Integer> e : kinds.entrySet()) e.setValue(k++);
        double legendW = 110;
        double cx = (width - legendW) / 2, cy = height / 2;
        double r = Math.max(10, Math.min(cx, cy) - 28);
        Map<String, double[]> at = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            // two accounts side by side; more around a circle from the top
            double a = (nodes.size() == 2 ? Math.PI : -Math.PI / 2) + 2 * Math.PI * i / nodes.size();
            at.put(nodes.get(i), new double[]{cx + r * Math.cos(a), cy + r * Math.sin(a)});
        }
        // one line per pair and kind (eight template links between the same two accounts are one tie), as wide as the strongest
        Map<String, double[]> edges = new TreeMap<>();
        for (Link l : links) {
            List<String> members = l.accounts().stream().filter(at::containsKey).sorted().toList();
            for (int i = 0; i < members.size(); i++) {
                for (int j = i + 1; j < members.size(); j++) {
                    String key = members.get(i) + "\u0000" + members.get(j) + "\u0000" + l.kind();
                    double[] e = edges.computeIfAbsent(key, x -> new double[]{kinds.get(l.kind()), 0});
                    e[1] = Math.max(e[1], l.strength());
                }
            }
        }
        for (Map.Entry<String, double[]> e : edges.entrySet()) {
            String[] parts = e.getKey().split("\u0000");
            int kind = (int) e.getValue()[0];
            int colour = KIND_COLOURS[kind % KIND_COLOURS.length];
            double[] p = at.get(parts[0]), q = at.get(parts[1]);
            // several kinds on one pair: each kind's line is offset a little so all stay visible
            double off = (kind - (kinds.size() - 1) / 2.0) * 3.2;
            double nx = -(q[1] - p[1]), ny = q[0] - p[0];
            double len = Math.max(1e-6, Math.hypot(nx, ny));
            nx = nx / len * off;
            ny = ny / len * off;
            double wdt = 0.6 + 1.4 * Math.min(1, e.getValue()[1]);
            if (kind % 2 == 0) pen.line(p[0] + nx, p[1] + ny, q[0] + nx, q[1] + ny, wdt, colour);
            else pen.dashedLine(p[0] + nx, p[1] + ny, q[0] + nx, q[1] + ny, wdt, colour);
        }
        for (String n : nodes) {
            double[] p = at.get(n);
            boolean f = Boolean.TRUE.equals(flagged.get(n));
            pen.circle(p[0], p[1], 6, f ? 0xF2C4BF : Palette.NODE, f ? Palette.FLAGGED : Palette.AXIS, f ? 1.6 : 0.6);
            double ly = p[1] < cy - 1 ? p[1] - 9 : p[1] + 15;
            pen.text(p[0], ly, n, 6.5, Palette.INK, Pen.Align.CENTER);
        }
        double y = 14;
        pen.text(width - legendW + 4, y, "link kinds", 7, Palette.INK, Pen.Align.LEFT);
        for (Map.Entry<String, Integer> e : kinds.entrySet()) {
            y += 11;
            int colour = KIND_COLOURS[e.getValue() % KIND_COLOURS.length];
            if (e.getValue() % 2 == 0) pen.line(width - legendW + 4, y - 2.5, width - legendW + 24, y - 2.5, 1.4, colour);
            else pen.dashedLine(width - legendW + 4, y - 2.5, width - legendW + 24, y - 2.5, 1.4, colour);
            pen.text(width - legendW + 28, y, e.getKey(), 6.5, Palette.INK, Pen.Align.LEFT);
        }
        y += 14;
        pen.circle(width - legendW + 9, y - 2.5, 4, 0xF2C4BF, Palette.FLAGGED, 1.4);
        pen.text(width - legendW + 28, y, "flagged account", 6.5, Palette.INK, Pen.Align.LEFT);
    }
}
