package shaktiman.app.config;

import java.util.Locale;

/**
 * The embedding provider ({@code embedding.provider}, IX-50), with the model and dimensions it uses when {@code
 * embedding.model} and {@code embedding.dims} are not set.
 */
public enum EmbeddingProvider {
    LOCAL("all-minilm-l6-v2-q", 384),
    OLLAMA("nomic-embed-text", 768),
    HASHING("hashing-1024", 1024);

    private final String defaultModel;
    private final int defaultDims;

    EmbeddingProvider(String defaultModel, int defaultDims) {
        this.defaultModel = defaultModel;
        this.defaultDims = defaultDims;
    }

    /** The name used in the config file, e.g. {@code local}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The model id used when {@code embedding.model} is not set. */
    public String defaultModel() {
        return defaultModel;
    }

    /** The vector length used when {@code embedding.dims} is not set. */
    public int defaultDims() {
        return defaultDims;
    }
}
