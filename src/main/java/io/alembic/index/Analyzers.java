package io.alembic.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

import java.util.HashMap;
import java.util.Map;

/** Text fields get the standard analyzer (no stop words, so "step by step" matches as typed); keywords are exact. */
final class Analyzers {
    private Analyzers() { }

    static Analyzer create() {
        Map<String, Analyzer> perField = new HashMap<>();
        KeywordAnalyzer keyword = new KeywordAnalyzer();
        for (String f : Fields.KEYWORDS) perField.put(f, keyword);
        return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), perField);
    }
}
