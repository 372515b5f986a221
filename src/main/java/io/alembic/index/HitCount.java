package io.alembic.index;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;

import java.io.IOException;

/**
 * An exact count from the term dictionary alone: a wildcard, prefix or range over a keyword field that holds one
 * value per document (model, account, country, …) matches the sum of its terms' document frequencies, with no need
 * to iterate millions of matches. (Lucene itself answers match-all, single terms and point ranges from statistics;
 * see {@link MatchSet}.)
 */
final class HitCount {
    private HitCount() { }

    /**
     * Sum of document frequencies of the matching terms when every segment has no deleted documents and every
     * document holds at most one term of the field (so no document is counted twice); -1 when that does not apply.
     */
    static long singleValuedTerms(IndexSearcher searcher, Query query) throws IOException {
        Query q = query;
        while (true) {
            if (q instanceof BoostQuery b) q = b.getQuery();
            else if (q instanceof ConstantScoreQuery c) q = c.getQuery();
            else break;
        }
        // Only rewrites that match every term: a fuzzy query's scoring rewrite keeps the best few terms.
        if (!(q instanceof MultiTermQuery mtq) || !(mtq.getRewriteMethod() == MultiTermQuery.CONSTANT_SCORE_BLENDED_REWRITE
                || mtq.getRewriteMethod() == MultiTermQuery.CONSTANT_SCORE_REWRITE)) {
            return -1;
        }
        long total = 0;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            if (leaf.reader().hasDeletions()) return -1;
            Terms terms = leaf.reader().terms(mtq.getField());
            if (terms == null) continue;
            if (terms.getDocCount() != terms.getSumDocFreq()) return -1;
            TermsEnum te = mtq.getTermsEnum(terms);
            while (te.next() != null) total += te.docFreq();
        }
        return total;
    }
}
