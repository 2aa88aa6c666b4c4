package shaktiman.core.port;

import java.util.Map;
import java.util.Objects;

/**
 * Document frequencies for MCP-41's idf.
 *
 * @param chunkCount N, the number of chunks in the full-text index
 * @param documentFrequency n_t per asked term, 0 for a term no chunk holds
 */
public record TermStatistics(long chunkCount, Map<String, Long> documentFrequency) {
    public TermStatistics {
        Objects.requireNonNull(documentFrequency, "documentFrequency");
        documentFrequency = Map.copyOf(documentFrequency);
    }

    /** n_t, 0 when the term is unknown. */
    public long frequency(String term) {
        return documentFrequency.getOrDefault(term, 0L);
    }
}
