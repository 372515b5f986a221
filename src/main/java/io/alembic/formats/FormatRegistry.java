package io.alembic.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The readers in detection order: the first that recognises a file reads it. A gateway mapping, when given, goes first,
 * because the analyst named the layout outright; the native reader comes next (our own format is the cheapest to
 * confirm), then the foreign formats, whose markers do not overlap.
 */
public final class FormatRegistry {
    private FormatRegistry() { }

    public static List<FormatReader> detectionOrder(GatewayMapping mapping) {
        List<FormatReader> readers = new ArrayList<>();
        if (mapping != null) readers.add(new GatewayReader(mapping));
        readers.add(new NativeLinesReader());
        readers.add(new BedrockReader());
        readers.add(new OpenAiBatchReader());
        readers.add(new OtelReader());
        return readers;
    }

    /** Every format name {@code --format} accepts, gateway included (it needs a mapping). */
    public static List<String> names() {
        return List.of(NativeLinesReader.NAME, BedrockReader.NAME, OpenAiBatchReader.NAME, OtelReader.NAME, GatewayReader.NAME);
    }

    public static Optional<FormatReader> byName(String name, GatewayMapping mapping) {
        if (GatewayReader.NAME.equals(name)) {
            if (mapping == null) throw new UnknownFormatException("format " + GatewayReader.NAME + " needs a mapping file (--mapping FILE) naming the columns");
            return Optional.of(new GatewayReader(mapping));
        }
        return detectionOrder(null).stream().filter(r -> r.name().equals(name)).findFirst();
    }
}
