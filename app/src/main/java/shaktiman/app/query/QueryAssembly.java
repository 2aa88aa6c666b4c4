package shaktiman.app.query;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;
import shaktiman.adapters.tokens.JtokkitTokenCounter;
import shaktiman.app.config.Config;
import shaktiman.core.index.TestFileClassifier;
import shaktiman.core.port.IndexStore;
import shaktiman.core.port.TokenCounter;
import shaktiman.core.query.QueryEngine;
import shaktiman.core.query.QuerySettings;
import shaktiman.core.query.RankingWeights;
import shaktiman.core.query.SemanticSignal;
import shaktiman.core.text.IdentifierAnalyzer;
import shaktiman.core.tools.ToolDefaults;

/**
 * The one way to build the query engine from the configuration: the leader does it over its store, the CLI over the
 * read-only store, so both rank and render alike. The semantic signal is the caller's: the leader's embedding side, the
 * CLI's saved vectors, or {@link SemanticSignal#DISABLED}.
 */
public final class QueryAssembly {

    private QueryAssembly() {}

    /**
     * The query tools over {@code store}'s reader.
     *
     * @param notice MI-10's notice for query results while no full index has completed; read once per call
     */
    public static QueryTools tools(Config config, IndexStore store, Supplier<Optional<String>> notice) {
        return tools(config, store, notice, SemanticSignal.DISABLED);
    }

    /** As {@link #tools(Config, IndexStore, Supplier)}, ranking with {@code semantic} (MCP-41). */
    public static QueryTools tools(
            Config config, IndexStore store, Supplier<Optional<String>> notice, SemanticSignal semantic) {
        TokenCounter tokens = new JtokkitTokenCounter();
        return new QueryTools(
                engine(config, store, notice, tokens, semantic),
                tokens,
                config.mcp().maxOutputTokens());
    }

    /** The engine over {@code store}'s reader, with MCP-1's counter, the configured settings and no embeddings. */
    public static QueryEngine engine(Config config, IndexStore store, Supplier<Optional<String>> notice) {
        return engine(config, store, notice, new JtokkitTokenCounter(), SemanticSignal.DISABLED);
    }

    private static QueryEngine engine(
            Config config,
            IndexStore store,
            Supplier<Optional<String>> notice,
            TokenCounter tokens,
            SemanticSignal semantic) {
        return new QueryEngine(
                store.reader(),
                tokens,
                new IdentifierAnalyzer(),
                semantic,
                new TestFileClassifier(config.test().patterns()),
                notice,
                settings(config),
                Clock.systemUTC());
    }

    /** The defaults that tool listings show and calls apply (MCP-14): {@code search.*} and {@code context.budget_tokens}. */
    public static ToolDefaults toolDefaults(Config config) {
        return new ToolDefaults(
                config.search().maxResults(),
                config.search().minScore(),
                config.search().defaultMode().id(),
                config.context().budgetTokens());
    }

    /** The engine's settings: MCP-42's weights, the similarity floor, {@code search.min_score} and the output limit. */
    public static QuerySettings settings(Config config) {
        Config.Ranking ranking = config.ranking();
        return new QuerySettings(
                new RankingWeights(
                        ranking.semanticWeight(),
                        ranking.lexicalWeight(),
                        ranking.structuralWeight(),
                        ranking.changeWeight(),
                        ranking.sessionWeight(),
                        ranking.contextShare()),
                config.embedding().similarityFloor(),
                config.search().minScore(),
                config.mcp().maxOutputTokens());
    }
}
