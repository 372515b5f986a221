package io.alembic.index;

import io.alembic.bundle.Timestamps;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.Query;

import java.time.format.DateTimeParseException;

/**
 * Lucene's classic syntax over the four text fields, taught that status, asn, time and token counts are numbers:
 * {@code status:429}, {@code status:[400 TO 499]}, {@code time:[2026-01-01 TO 2026-01-15T12:00]}.
 */
final class CaseQueryParser extends MultiFieldQueryParser {
    CaseQueryParser(Analyzer analyzer) {
        super(Fields.TEXT.toArray(String[]::new), analyzer);
        setAllowLeadingWildcard(true);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
        if (field != null && Fields.LONGS.contains(field)) return LongPoint.newExactQuery(field, number(field, queryText, false));
        return super.getFieldQuery(field, queryText, quoted);
    }

    @Override
    protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
            throws ParseException {
        if (field == null || !Fields.LONGS.contains(field)) return super.getRangeQuery(field, part1, part2, startInclusive, endInclusive);
        long lo = part1 == null || part1.equals("*") ? Long.MIN_VALUE : number(field, part1, false);
        long hi = part2 == null || part2.equals("*") ? Long.MAX_VALUE : number(field, part2, true);
        if (!startInclusive && lo != Long.MIN_VALUE) lo = Math.addExact(lo, 1);
        if (!endInclusive && hi != Long.MAX_VALUE) hi = Math.addExact(hi, -1);
        return LongPoint.newRangeQuery(field, lo, hi);
    }

    /** For time, a bare date as the upper bound means the end of that day, as an analyst means it. */
    private static long number(String field, String text, boolean upper) throws ParseException {
        if (field.equals(Fields.TIME) && !text.matches("-?\\d+")) {
            try {
                long ms = Timestamps.parseLenient(text).toEpochMilli();
                return upper && text.trim().length() == 10 ? ms + 86_400_000L - 1 : ms;
            } catch (DateTimeParseException e) {
                throw new ParseException("time value \"" + text + "\" is not a date or RFC 3339 timestamp");
            }
        }
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new ParseException(field + " takes a number, not \"" + text + "\"");
        }
    }
}
