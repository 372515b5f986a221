package io.alembic.ui;

import io.alembic.detect.cluster.LinkStage;
import javafx.scene.paint.Color;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How each link kind is drawn: a colour, a dash pattern and the group it is listed under. Every kind in
 * {@link LinkStage#KINDS} gets a style when this class loads, so a kind the engine adds later is drawn (in a spare
 * colour, dash-dotted, under "other") instead of silently reusing another kind's colour.
 * <p>
 * The groups follow what the campaign score makes of a link: <em>fleet ties</em> (registered together, working in
 * step, one hidden origin) are what an operator leaves without meaning to and count as campaign evidence, so they
 * are solid warm colours that stand out; <em>declared identity</em> (an address, a card, an e-mail domain) is
 * solid and cool; <em>shared software</em> is dashed, because one app's users all share it and it alone links
 * nobody. Colours come from the Okabe–Ito and Tol palettes (distinct for colour-blind readers), and the dash
 * pattern repeats the group, so no two kinds depend on hue alone.
 */
final class LinkStyles {
    /** Legend groups, in the order the legend lists them. */
    enum Group {
        FLEET("Fleet ties"), IDENTITY("Declared identity"), SOFTWARE("Shared software"), OTHER("Other");

        final String label;

        Group(String label) { this.label = label; }
    }

    /** One kind's look; {@code dashes} empty means a solid line. */
    record Style(String kind, Color color, List<Double> dashes, Group group, double width) {
        double[] dashArray() { return dashes.stream().mapToDouble(Double::doubleValue).toArray(); }
    }

    private static final List<Double> SOLID = List.of();
    private static final List<Double> DASHED = List.of(6.0, 3.0);
    private static final List<Double> DOTTED = List.of(1.5, 3.0);
    private static final List<Double> DASH_DOT = List.of(7.0, 3.0, 1.5, 3.0);
    /** Colours no known kind uses, for kinds this class does not know yet. */
    private static final List<Color> SPARE = List.of(Color.web("#000000"), Color.web("#88ccee"), Color.web("#cc6677"),
            Color.web("#ddcc77"), Color.web("#999999"));

    private static final Map<String, Style> KNOWN = new LinkedHashMap<>();
    private static final Map<String, Style> STYLES = new LinkedHashMap<>();

    static {
        fleet("created", "#e69f00");
        fleet("coactivity", "#d55e00");
        fleet("forwarded_for", "#cc79a7");
        fleet("fleet_group", "#882255");
        fleet("succession", "#661100");   // #aa4499 is the system link's
        known("ip", "#0072b2", SOLID, Group.IDENTITY);
        known("payment", "#332288", SOLID, Group.IDENTITY);
        known("email_domain", "#56b4e9", SOLID, Group.IDENTITY);
        known("setup", "#009e73", DASHED, Group.SOFTWARE);
        known("agent", "#117733", DOTTED, Group.SOFTWARE);
        known("asn_agent", "#999933", DASHED, Group.SOFTWARE);
        known("template", "#c9a227", DASHED, Group.SOFTWARE);
        known("system", "#aa4499", DASHED, Group.SOFTWARE);
        known("router", "#555555", DASHED, Group.SOFTWARE);
        known("trait_group", "#44aa99", DOTTED, Group.SOFTWARE);
        for (String kind : LinkStage.KINDS) style(kind);
    }

    private LinkStyles() { }

    private static void fleet(String kind, String color) {
        KNOWN.put(kind, new Style(kind, Color.web(color), SOLID, Group.FLEET, 2.5));
    }

    private static void known(String kind, String color, List<Double> dashes, Group group) {
        KNOWN.put(kind, new Style(kind, Color.web(color), dashes, group, 2));
    }

    /**
     * The style of {@code kind}. A kind outside the known set (a newer engine, or a report stored by an older one)
     * gets the next spare colour, dash-dotted with a gap that grows each time the spares run out, so it never looks
     * like another kind.
     */
    static synchronized Style style(String kind) {
        Style s = STYLES.get(kind);
        if (s != null) return s;
        s = KNOWN.get(kind);
        if (s == null) {
            int n = (int) STYLES.values().stream().filter(x -> x.group() == Group.OTHER).count();
            List<Double> dashes = new ArrayList<>(DASH_DOT);
            dashes.set(3, DASH_DOT.get(3) + 2.0 * (n / SPARE.size()));
            s = new Style(kind, SPARE.get(n % SPARE.size()), List.copyOf(dashes), Group.OTHER, 2);
        }
        STYLES.put(kind, s);
        return s;
    }

    static Color color(String kind) { return style(kind).color(); }

    /** {@code kinds} in legend order: by group, then as {@link LinkStage#KINDS} lists them, unknown kinds last by name. */
    static List<String> legendOrder(Collection<String> kinds) {
        List<String> out = new ArrayList<>(kinds);
        out.sort(java.util.Comparator.comparing((String k) -> style(k).group())
                .thenComparing(k -> LinkStage.KINDS.contains(k) ? LinkStage.KINDS.indexOf(k) : Integer.MAX_VALUE)
                .thenComparing(k -> k));
        return out;
    }

    /** Order in which parallel edges of one pair are drawn, so the same pair always looks the same. */
    static int rank(String kind) {
        int i = LinkStage.KINDS.indexOf(kind);
        return i >= 0 ? i : LinkStage.KINDS.size() + Math.floorMod(kind.hashCode(), 1000);
    }

    /** "fleet_group" → "fleet group". */
    static String label(String kind) { return kind.replace('_', ' '); }
}
