package io.alembic.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.alembic.bundle.Timestamps;
import io.alembic.casefile.Case;
import io.alembic.timeline.Bin;
import io.alembic.timeline.GapHistogram;
import io.alembic.timeline.Subject;
import io.alembic.timeline.Timeline;
import io.alembic.timeline.TimelineBucket;
import io.alembic.timeline.TimelineQuery;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = {"Requests over time for an account (or API key, IP, router, or the accounts carrying a tag):",
                "buckets by status and tokens, the histogram of gaps between requests, and hour-of-week counts."})
final class TimelineCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin CaseOption caseOption;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Who who;

    static final class Who {
        @Option(names = "--account", paramLabel = "A", description = "Account id.") String account;
        @Option(names = "--key", paramLabel = "K", description = "API key id.") String key;
        @Option(names = "--ip", paramLabel = "IP", description = "Client IP.") String ip;
        @Option(names = "--router", paramLabel = "R", description = "Router.") String router;
        @Option(names = "--tag", paramLabel = "NAME", description = "Every account carrying this tag.") String tag;
    }

    @Option(names = "--bin", paramLabel = "1m|5m|1h|1d", description = "Bucket width; automatic (at most 1000 buckets) if omitted.")
    String bin;

    @Option(names = "--from", paramLabel = "T", description = "From this time (RFC 3339 or YYYY-MM-DD, UTC), inclusive.")
    String from;

    @Option(names = "--to", paramLabel = "T", description = "Up to this time (RFC 3339 or YYYY-MM-DD = end of that day), inclusive.")
    String to;

    @Option(names = "--tz", paramLabel = "ZONE", defaultValue = "UTC",
            description = "Time zone for bucket boundaries and hour_of_week, e.g. America/New_York (default ${DEFAULT-VALUE}).")
    String tz;

    @Option(names = "--json", description = "Print the result as one JSON document.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Bin b;
        ZoneId zone;
        try {
            b = bin == null ? null : Bin.parse(bin);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--bin: " + e.getMessage());
        }
        try {
            zone = ZoneId.of(tz);
        } catch (DateTimeException e) {
            throw new ParameterException(spec.commandLine(), "--tz \"" + tz + "\" is not a time zone (e.g. UTC, Europe/Berlin)");
        }
        TimelineQuery q = new TimelineQuery(subject(), value(), b, time("--from", from, false), time("--to", to, true), zone);
        Timeline t;
        try (Case c = Case.open(caseOption.dir)) {
            t = c.timeline(q);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) Json.print(out, toJson(t));
        else TimelineText.print(out, t);
        return Main.OK;
    }

    private Subject subject() {
        if (who.account != null) return Subject.ACCOUNT;
        if (who.key != null) return Subject.KEY;
        if (who.ip != null) return Subject.IP;
        if (who.router != null) return Subject.ROUTER;
        return Subject.TAG;
    }

    private String value() {
        for (String v : new String[] {who.account, who.key, who.ip, who.router, who.tag}) if (v != null) return v;
        throw new IllegalStateException("picocli enforces one subject");
    }

    private Instant time(String option, String text, boolean endOfDay) {
        if (text == null) return null;
        try {
            Instant t = Timestamps.parseLenient(text);
            return endOfDay && text.trim().length() == 10 ? t.plusMillis(86_400_000L - 1) : t;
        } catch (RuntimeException e) {
            throw new ParameterException(spec.commandLine(), option + " \"" + text + "\" is not a date or RFC 3339 timestamp");
        }
    }

    /** The subject's key names it as the other commands do: account_id, api_key_id, ip, router, tag. */
    static String subjectKey(Subject s) {
        return switch (s) {
            case ACCOUNT -> "account_id";
            case KEY -> "api_key_id";
            case IP -> "ip";
            case ROUTER -> "router";
            case TAG -> "tag";
        };
    }

    static ObjectNode toJson(Timeline t) {
        ObjectNode n = Json.object();
        n.put(subjectKey(t.query().subject()), t.query().value());
        n.put("subject", t.query().subject().name().toLowerCase(Locale.ROOT));
        n.put("bin", t.bin().label());
        n.put("tz", t.query().zone().getId());
        n.put("from", t.requests() == 0 && t.fromMs() > t.toMs() ? null : Timestamps.format(t.fromMs()));
        n.put("to", t.requests() == 0 && t.fromMs() > t.toMs() ? null : Timestamps.format(t.toMs()));
        n.put("requests", t.requests());
        ArrayNode buckets = n.putArray("buckets");
        for (TimelineBucket b : t.buckets()) {
            ObjectNode o = buckets.addObject();
            o.put("start", Timestamps.format(b.startMs()));
            o.put("requests", b.requests());
            o.put("status_2xx", b.status2xx());
            o.put("status_429", b.status429());
            o.put("status_other", b.statusOther());
            o.put("input_tokens", b.inputTokens());
            o.put("output_tokens", b.outputTokens());
            o.put("reasoning_tokens", b.reasoningTokens());
            if (!b.byModel().isEmpty()) {
                ObjectNode m = o.putObject("by_model");
                b.byModel().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).forEach(e -> m.put(e.getKey(), e.getValue()));
            }
        }
        ArrayNode gaps = n.putArray("gaps_histogram");
        for (GapHistogram.Bucket g : t.gaps()) gaps.addObject().put("upper_ms", g.upperMs()).put("count", g.count());
        ArrayNode how = n.putArray("hour_of_week");
        for (long c : t.hourOfWeek()) how.add(c);
        ArrayNode utc = n.putArray("hour_of_week_utc");
        for (long c : t.hourOfWeekUtc()) utc.add(c);
        return n;
    }
}
