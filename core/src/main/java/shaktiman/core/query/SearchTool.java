package shaktiman.core.query;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import shaktiman.core.port.IndexReader.ChunkFilter;
import shaktiman.core.port.IndexReader.TestScope;
import shaktiman.core.port.TokenCounter;

/** {@code search} (MCP-25…27): ranks, cuts, renders and applies MCP-17's output limit. */
final class SearchTool {
    static final String NO_TERMS = "The query has no searchable terms.";

    private final CandidateRanker ranker;
    private final TokenCounter tokens;
    private final int maxOutputTokens;

    SearchTool(CandidateRanker ranker, TokenCounter tokens, int maxOutputTokens) {
        this.ranker = ranker;
        this.tokens = tokens;
        this.maxOutputTokens = maxOutputTokens;
    }

    TextAnswer<SearchResult> search(
            SearchRequest request, Optional<String> notice, SessionHistory session, Instant now, Cancellation cancel) {
        ChunkFilter filter = new ChunkFilter(request.path(), request.scope());
        int candidates = CandidateRanker.candidateCount(request.maxResults());
        CandidateRanker.Ranked ranked =
                ranker.rank(request.query(), filter, candidates, request.minScore(), session, now, cancel);
        if (ranked.units().isEmpty()) {
            SearchResult empty =
                    new SearchResult(request.query(), ranked.strategy(), notice, ranked.warning(), 0, false, List.of());
            Optional<String> reason = noResultReason(
                    ranked, request.query(), filter, candidates, request.minScore(), notice, session, now, cancel);
            session.record(List.of());
            return new TextAnswer<>(empty, SearchText.noResults(request.query(), reason, ranked.warning(), notice));
        }
        List<Unit> shown = ranked.units()
                .subList(0, Math.min(request.maxResults(), ranked.units().size()));
        List<Hit> hits = shown.stream().map(unit -> hit(unit, request)).toList();
        int total = ranked.units().size();
        SearchResult full =
                new SearchResult(request.query(), ranked.strategy(), notice, ranked.warning(), total, false, hits);
        String text = SearchText.render(full, request.mode(), 0);
        SearchResult result = full;
        if (!TokenCounter.surelyAtMost(text, maxOutputTokens) && tokens.count(text) > maxOutputTokens) {
            int keep = largestFitting(full, request.mode());
            result = new SearchResult(
                    request.query(), ranked.strategy(), notice, ranked.warning(), total, true, hits.subList(0, keep));
            text = SearchText.render(result, request.mode(), hits.size() - keep);
        }
        cancel.check("rendering");
        session.record(result.results().stream()
                .map(hit -> SessionHistory.Key.of(
                        hit.filePath(), hit.qualifiedName().orElse(""), hit.startLine()))
                .toList());
        return new TextAnswer<>(result, text);
    }

    /** The most leading hits whose text, with the omission marker, fits the output limit (binary search). */
    private int largestFitting(SearchResult full, SearchMode mode) {
        int low = 0; // always kept: the header and marker alone
        int high = full.results().size() - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (tokens.count(SearchText.render(
                            withHits(full, mid), mode, full.results().size() - mid))
                    <= maxOutputTokens) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    private static SearchResult withHits(SearchResult full, int keep) {
        return new SearchResult(
                full.query(),
                full.strategy(),
                full.notice(),
                full.warning(),
                full.totalMatches(),
                true,
                full.results().subList(0, keep));
    }

    private Hit hit(Unit unit, SearchRequest request) {
        String content = unit.content();
        int count = unit.storedTokens().orElseGet(() -> tokens.count(content));
        return new Hit(
                unit.path(),
                unit.startLine(),
                unit.endLine(),
                unit.symbol(),
                unit.qualifiedName(),
                unit.kind(),
                unit.score(),
                count,
                unit.isTest(),
                unit.matchedTerms(),
                request.mode() == SearchMode.FULL ? Optional.of(content) : Optional.empty(),
                request.explain() ? Optional.of(Ranking.rounded(unit.exact())) : Optional.empty());
    }

    /**
     * MCP-27's reason sentence for an empty result: no searchable terms; else matches hidden by scope {@code impl}
     * (counted by the same ranking over test files); else the notice.
     */
    private Optional<String> noResultReason(
            CandidateRanker.Ranked ranked,
            String query,
            ChunkFilter filter,
            int candidates,
            double minScore,
            Optional<String> notice,
            SessionHistory session,
            Instant now,
            Cancellation cancel) {
        if (ranked.terms().isEmpty()) {
            return Optional.of(NO_TERMS);
        }
        if (filter.scope() == TestScope.IMPL) {
            int hidden = ranker.rank(
                            query,
                            new ChunkFilter(filter.pathPrefix(), TestScope.TEST),
                            candidates,
                            minScore,
                            session,
                            now,
                            cancel)
                    .units()
                    .size();
            if (hidden > 0) {
                return Optional.of(hidden + " matches in test files are hidden by scope \"impl\".");
            }
        }
        return notice;
    }
}
