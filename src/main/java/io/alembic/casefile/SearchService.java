package io.alembic.casefile;

import io.alembic.bundle.BadRecordException;
import io.alembic.bundle.RecordParser;
import io.alembic.bundle.RequestRecord;
import io.alembic.bundle.Timestamps;
import io.alembic.index.CaseIndex;
import io.alembic.index.Fields;
import io.alembic.index.IndexFilters;
import io.alembic.index.IndexHit;
import io.alembic.index.IndexResults;
import io.alembic.index.TagResolver;
import io.alembic.store.RequestStore;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Search = the index for ranking, totals and facets + the store's verbatim records for snippets. */
final class SearchService {
    private final CaseIndex index;
    private final RequestStore requests;
    private final TagResolver tags;
    private final RecordParser parser = new RecordParser();

    SearchService(CaseIndex index, RequestStore requests, TagResolver tags) {
        this.index = index;
        this.requests = requests;
        this.tags = tags;
    }

    SearchResults search(SearchQuery q) throws IOException {
        IndexFilters filters = new IndexFilters(blankToNull(q.account()), blankToNull(q.model()),
                q.from() == null ? null : q.from().toEpochMilli(), q.to() == null ? null : q.to().toEpochMilli());
        IndexResults r = index.search(tags).run(q.query(), filters, Math.max(0, q.limit()));
        List<IndexHit> hits = r.hits();
        int withSnippets = Math.min(Math.max(0, q.snippets()), hits.size());
        Map<String, String> snippets = snippets(r, hits.subList(0, withSnippets));
        List<SearchHit> out = new ArrayList<>(hits.size());
        for (IndexHit h : hits) {
            String snippet = snippets.getOrDefault(h.requestId(), h.promptHead());
            out.add(new SearchHit(h.requestId(), h.accountId(), Timestamps.format(h.timeMs()), h.model(), h.status(), h.router(), h.score(), snippet));
        }
        return new SearchResults(r.total(), out, r.facets(), r.facetsSampled(), r.facetSampleSize());
    }

    private Map<String, String> snippets(IndexResults r, List<IndexHit> hits) {
        Map<String, String> out = new LinkedHashMap<>();
        for (RequestStore.StoredRequest row : requests.byRequestIds(hits.stream().map(IndexHit::requestId).toList())) {
            RequestRecord rec = parse(row.rawJson());
            if (rec == null) continue;
            Map<String, String> texts = new LinkedHashMap<>();
            texts.put(Fields.PROMPT, rec.promptText());
            texts.put(Fields.REASONING, rec.reasoning());
            texts.put(Fields.RESPONSE, rec.responseContent());
            texts.put(Fields.SYSTEM, rec.systemText());
            String s = r.snippet(texts, 2);
            if (s != null) out.put(row.requestId(), s);
        }
        return out;
    }

    RequestRecord parse(String raw) {
        byte[] b = raw.getBytes(StandardCharsets.UTF_8);
        try {
            return parser.parse(b, b.length);
        } catch (BadRecordException e) {
            return null;
        }
    }

    private static String blankToNull(String s) { return s == null || s.isBlank() ? null : s.trim(); }
}
