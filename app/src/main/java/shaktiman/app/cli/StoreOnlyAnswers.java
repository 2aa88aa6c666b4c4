package shaktiman.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import shaktiman.app.config.Config;
import shaktiman.app.query.EnrichmentStatus;
import shaktiman.app.query.StructuredJson;
import shaktiman.app.query.ToolAnswer;
import shaktiman.core.embed.EmbeddingSnapshot;
import shaktiman.core.port.IndexStatistics;
import shaktiman.core.tools.CallMetrics;
import shaktiman.core.tools.CircuitState;
import shaktiman.core.tools.DaemonStatus;
import shaktiman.core.tools.EmbeddingStatus;
import shaktiman.core.tools.IndexState;
import shaktiman.core.tools.IndexStatus;
import shaktiman.core.tools.SummaryTool;
import shaktiman.core.tools.WatcherState;

/**
 * {@code summary} and {@code enrichment-status} as the CLI answers them from the store alone (MI-39): the tools' shapes
 * without what only a running daemon knows.
 */
final class StoreOnlyAnswers {

    /** How MI-39 prints live worker state in text. */
    static final String UNKNOWN = "unknown (daemon state)";

    /** The summary fields only a daemon knows (MI-39); {@code notice} goes with {@code progress}, which it quotes. */
    private static final List<String> DAEMON_SUMMARY_FIELDS =
            List.of("notice", "progress", "stale_files", "watcher", "daemon", "metrics");

    /** The enrichment fields of the embedding worker (MI-39). */
    private static final List<String> WORKER_FIELDS = List.of("in_flight", "circuit_state", "stale_vectors");

    private StoreOnlyAnswers() {}

    /** {@code summary}: {@code index_state} is {@code ready} when the completion record exists, else {@code scanning}. */
    static ToolAnswer summary(Path root, IndexStatistics statistics, Optional<Instant> lastChangeAt, Config config) {
        boolean enabled = config.embedding().enabled();
        EmbeddingStatus embedding = enabled
                ? new EmbeddingStatus(
                        true,
                        EmbeddingSnapshot.percent(
                                statistics.embeddedChunks(), statistics.counts().chunks()),
                        CircuitState.CLOSED)
                : EmbeddingStatus.disabled();
        IndexStatus status = new IndexStatus(
                root.toString(),
                statistics.counts(),
                statistics.fullIndexCompleted() ? IndexState.READY : IndexState.SCANNING,
                null,
                0,
                lastChangeAt.orElse(null),
                embedding,
                WatcherState.DISABLED);
        ObjectNode structured =
                StructuredJson.of(SummaryTool.summarize(status, DaemonStatus.leader(0, "", 0, 0), CallMetrics.empty()));
        structured.remove(DAEMON_SUMMARY_FIELDS);
        if (enabled && structured.get("embedding") instanceof ObjectNode embeddingNode) {
            embeddingNode.remove("circuit_state");
        }
        return new ToolAnswer(structured, StructuredJson.compact(structured), 1);
    }

    /**
     * {@code enrichment-status}: the stored coverage and the configured backend; the worker's live state is left out of
     * the JSON and printed as {@value #UNKNOWN} in the text.
     */
    static ToolAnswer enrichmentStatus(IndexStatistics statistics, Config config) {
        Config.Embedding settings = config.embedding();
        long total = statistics.counts().chunks();
        long embedded = settings.enabled() ? Math.min(statistics.embeddedChunks(), total) : 0;
        EnrichmentStatus status = new EnrichmentStatus(
                settings.enabled(),
                settings.enabled() ? Optional.of(settings.provider().id()) : Optional.empty(),
                settings.enabled() ? Optional.of(settings.model()) : Optional.empty(),
                total,
                embedded,
                EmbeddingSnapshot.percent(embedded, total),
                settings.enabled() ? total - embedded : 0,
                0,
                0,
                0,
                settings.enabled() ? CircuitState.CLOSED : CircuitState.DISABLED,
                Optional.empty(),
                Optional.empty());
        ObjectNode structured = StructuredJson.of(status);
        ObjectNode text = structured.deepCopy();
        structured.remove(WORKER_FIELDS);
        WORKER_FIELDS.forEach(field -> text.put(field, UNKNOWN));
        return new ToolAnswer(structured, StructuredJson.compact(text), 1);
    }
}
