package shaktiman.core.embed;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import shaktiman.core.port.Embedder;
import shaktiman.core.port.EmbedderException;
import shaktiman.core.tools.CircuitState;

/**
 * An {@link Embedder} behind its circuit breaker (IX-56), shared by the embed worker and query embedding: every call
 * asks the breaker first and reports its end to it. A provider answer with the wrong number of vectors is a transient
 * failure. It also applies the {@code embedFailures} test hook (indexing.md §11): the next n provider calls fail
 * transiently without reaching the provider. Thread-safe.
 */
public final class GuardedEmbedder {
    private static final System.Logger LOG = System.getLogger(GuardedEmbedder.class.getName());

    private final Embedder embedder;
    private final CircuitBreaker breaker;
    private final AtomicInteger scriptedFailures;

    /** Guards {@code embedder} with {@code breaker}; {@code scriptedFailures} is the {@code embedFailures} hook (0: off). */
    public GuardedEmbedder(Embedder embedder, CircuitBreaker breaker, int scriptedFailures) {
        this.embedder = Objects.requireNonNull(embedder, "embedder");
        this.breaker = Objects.requireNonNull(breaker, "breaker");
        if (scriptedFailures < 0) {
            throw new IllegalArgumentException("scriptedFailures must not be negative; got " + scriptedFailures);
        }
        if (scriptedFailures > 0) {
            LOG.log(
                    Level.WARNING,
                    "test hook active: embedFailures={0} fails the next provider calls",
                    scriptedFailures);
        }
        this.scriptedFailures = new AtomicInteger(scriptedFailures);
    }

    /** The vectors of {@code texts}, or why there are none. */
    public EmbedOutcome embed(List<String> texts) {
        if (!breaker.tryAcquire()) {
            return new EmbedOutcome.Refused("circuit breaker " + stateName(breaker.state()) + " after repeated "
                    + embedder.provider() + " failures");
        }
        try {
            if (scriptedFailures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                throw new EmbedderException(
                        EmbedderException.Kind.TRANSIENT, "test hook embedFailures failed this provider call");
            }
            List<float[]> vectors = embedder.embed(texts);
            if (vectors.size() != texts.size()) {
                throw new EmbedderException(
                        EmbedderException.Kind.TRANSIENT,
                        embedder.provider() + " returned " + vectors.size() + " vectors for " + texts.size()
                                + " texts");
            }
            breaker.onSuccess();
            return new EmbedOutcome.Embedded(vectors);
        } catch (EmbedderException e) {
            if (e.permanent()) {
                breaker.onPermanentFailure();
            } else {
                breaker.onFailure();
            }
            return new EmbedOutcome.Failed(e.getMessage(), e.permanent());
        } catch (RuntimeException e) {
            // A provider bug is treated as transient: it counts against the breaker, so a broken provider stops
            // being called, and the chunks are retried after their backoff.
            breaker.onFailure();
            LOG.log(Level.WARNING, embedder.provider() + " embedder failed unexpectedly", e);
            return new EmbedOutcome.Failed(embedder.provider() + " embedder failed: " + e, false);
        }
    }

    /** The guarded embedder. */
    public Embedder embedder() {
        return embedder;
    }

    /** The breaker's state now. */
    public CircuitState circuitState() {
        return breaker.state();
    }

    private static String stateName(CircuitState state) {
        return state.name().toLowerCase(java.util.Locale.ROOT);
    }
}
