package shaktiman.app.bench;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import shaktiman.adapters.tokens.JtokkitTokenCounter;
import shaktiman.app.config.Config;
import shaktiman.core.index.TestFileClassifier;
import shaktiman.core.port.IndexReader;
import shaktiman.core.port.IndexReader.TestScope;
import shaktiman.core.query.Hit;
import shaktiman.core.query.QueryEngine;
import shaktiman.core.query.QuerySettings;
import shaktiman.core.query.SearchMode;
import shaktiman.core.query.SearchRequest;
import shaktiman.core.query.SearchResult;
import shaktiman.core.query.SemanticSignal;
import shaktiman.core.query.SessionHistory;
import shaktiman.core.text.IdentifierAnalyzer;

/** The quality benchmark's way into the query engine: {@code search} in process, as an MCP client would call it. */
final class EngineSearch {

    private EngineSearch() {}

    /**
     * The engine the daemon would build with the default configuration but {@code settings}. Kept in this one method
     * so that it can switch to the app's own assembly from {@code Config} once there is one.
     */
    static QueryEngine engine(IndexReader reader, SemanticSignal semantic, QuerySettings settings, Clock clock) {
        return new QueryEngine(
                reader,
                new JtokkitTokenCounter(),
                new IdentifierAnalyzer(),
                semantic,
                new TestFileClassifier(Config.Test.DEFAULT_PATTERNS),
                Optional::empty,
                settings,
                clock);
    }

    /**
     * {@code search} in locate mode, scope {@code impl}, with {@code minScore}, for a fresh session each call (so no
     * query is boosted by the ones before it).
     */
    static QualityMode.Retriever retriever(QueryEngine engine, double minScore) {
        return (query, k) -> {
            SearchRequest request = new SearchRequest(query, SearchMode.LOCATE, k, minScore, false, "", TestScope.IMPL);
            SearchResult result =
                    engine.search(request, SessionHistory.none(), () -> false).result();
            List<Hit> hits = result.results();
            return hits.stream()
                    .map(hit -> new QualityMode.Retrieved(
                            hit.filePath(),
                            hit.filePath() + ":" + hit.startLine()
                                    + hit.symbol().map(symbol -> " " + symbol).orElse("")))
                    .toList();
        };
    }
}
