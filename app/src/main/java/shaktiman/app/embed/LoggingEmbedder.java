package shaktiman.app.embed;

import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import shaktiman.core.port.Embedder;

/**
 * An {@link Embedder} decorator that logs IX-70's DEBUG {@code embedding call} record (provider, texts, ms) once per
 * provider call, failed calls included, so that tests can count calls (MCP S4). Everything else is the wrapped
 * embedder's, which it closes.
 */
final class LoggingEmbedder implements Embedder {
    private static final Logger LOG = LoggerFactory.getLogger(LoggingEmbedder.class);

    private final Embedder embedder;

    LoggingEmbedder(Embedder embedder) {
        this.embedder = Objects.requireNonNull(embedder, "embedder");
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        long started = System.nanoTime();
        boolean ok = false;
        try {
            List<float[]> vectors = embedder.embed(texts);
            ok = true;
            return vectors;
        } finally {
            LOG.atDebug()
                    .addKeyValue("provider", embedder.provider())
                    .addKeyValue("texts", texts.size())
                    .addKeyValue("ms", (System.nanoTime() - started) / 100_000 / 10.0)
                    .addKeyValue("ok", ok)
                    .log("embedding call");
        }
    }

    @Override
    public int dims() {
        return embedder.dims();
    }

    @Override
    public String modelId() {
        return embedder.modelId();
    }

    @Override
    public String provider() {
        return embedder.provider();
    }

    @Override
    public void close() {
        embedder.close();
    }
}
