package io.alembic.index;

import io.alembic.bundle.Timestamps;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;

import java.time.format.DateTimeParseException;
import java.util.Set;

/**
 * Lucene's classic syntax over the four text fields, taught that status, asn, time and token counts are numbers:
 * {@code status:429}, {@code status:[400 TO 499]}, {@code time:[2026-01-01 TO 2026-01-15T12:00]}, and that
 * {@code tag:NAME} means the records carrying that tag (directly or through their account, key or IP).
 */
final class CaseQueryParser extends MultiFieldQueryParser {
    private final TagResolver tags;

    CaseQueryParser(Analyzer analyzer, TagResolver tags) {
        super(Fields.TEXT.toArray(String[]::new), analyzer);
        this.tags = tags;
        setAllowLeadingWildcard(true);
        // Misspellings rarely start at the first letter; requiring it keeps fuzzy queries fast on large term dictionaries.
        setFuzzyPrefixLength(1);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
        if (Fields.TAG.equals(field)) return tagQuery(queryText.trim());
        if (field != null && Fields.LONGS.contains(field)) return LongPoint.newExactQuery(field, number(field, queryText, false));
        return super.getFieldQuery(field, queryText, quoted);
    }

    /**
     * {@code reasoning:*} means "has reasoning": answered from norms or doc values instead of expanding every term
     * of the field, which on a large case costs seconds.
     */
    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
        if ("*".equals(termStr) && field != null && (Fields.TEXT.contains(field) || Fields.FACETS.contains(field))) {
            return new FieldExistsQuery(field);
        }
        return super.getWildcardQuery(field, termStr);
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

    private Query tagQuery(String tag) throws ParseException {
        TagResolver.Tagged t = tags.resolve(tag);
        if (t == null) throw new ParseException("unknown tag \"" + tag + "\" (list tags with: alembic tags --case DIR)");
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int clauses = 0;
        if (t.rowIds().length > 0) {
            any.add(LongPoint.newSetQuery(Fields.ROW, t.rowIds()), BooleanClause.Occur.SHOULD);
            clauses++;
        }
        clauses += termsClause(any, Fields.ACCOUNT, t.accounts());
        clauses += termsClause(any, Fields.KEY, t.keys());
        clauses += termsClause(any, Fields.IP, t.ips());
        return clauses == 0 ? new MatchNoDocsQuery("no records carry tag " + tag) : new ConstantScoreQuery(any.build());
    }

    private static int termsClause(BooleanQuery.Builder any, String field, Set<String> values) {
        if (values.isEmpty()) return 0;
        any.add(new TermInSetQuery(field, values.stream().map(BytesRef::new).toList()), BooleanClause.Occur.SHOULD);
        return 1;
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
