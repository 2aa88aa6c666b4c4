package shaktiman.testkit.fake;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import shaktiman.core.port.Embedder;
import shaktiman.core.port.EmbedderException;

/**
 * An {@link Embedder} for tests whose behaviour a test scripts; it passes {@code EmbedderContract}. By default each
 * text gets a deterministic unit vector (a bag of its whitespace-separated words hashed into the dimensions; e₀ for
 * a text with none). A test can queue failures for the next calls, replace the vector of one text (with an invalid
 * one, for the sanitizer), and hold calls at a gate to observe a batch in flight.
 */
public final class ScriptedEmbedder implements Embedder {
    private final int dims;
    private final String provider;
    private final String modelId;
    private final Deque<EmbedderException.Kind> failures = new ArrayDeque<>();
    private final Map<String, float[]> overrides = new ConcurrentHashMap<>();
    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicInteger textsEmbedded = new AtomicInteger();
    private boolean gateClosed; // guarded by this
    private int waitingAtGate; // guarded by this
    private boolean closed; // guarded by this

    /** An embedder of {@code dims}-long vectors named {@code provider}/{@code modelId}. */
    public ScriptedEmbedder(String provider, String modelId, int dims) {
        if (dims < 1) {
            throw new IllegalArgumentException("dims must be at least 1; got " + dims);
        }
        this.provider = provider;
        this.modelId = modelId;
        this.dims = dims;
    }

    /** A {@code scripted}/{@code scripted-8} embedder of 8 dimensions. */
    public static ScriptedEmbedder small() {
        return new ScriptedEmbedder("scripted", "scripted-8", 8);
    }

    /** The next {@code count} calls fail with {@code kind}, before any text is embedded. */
    public synchronized void failNext(int count, EmbedderException.Kind kind) {
        for (int i = 0; i < count; i++) {
            failures.add(kind);
        }
    }

    /** From now on {@code text} is embedded as {@code vector}, returned as given (it may be invalid on purpose). */
    public void override(String text, float[] vector) {
        overrides.put(text, vector.clone());
    }

    /** Makes later calls wait at the gate until {@link #openGate()}. */
    public synchronized void closeGate() {
        gateClosed = true;
    }

    /** Lets waiting and later calls through. */
    public synchronized void openGate() {
        gateClosed = false;
        notifyAll();
    }

    /** How many calls wait at the closed gate now. */
    public synchronized int waitingAtGate() {
        return waitingAtGate;
    }

    /** Provider calls so far, failed ones included. */
    public int calls() {
        return calls.get();
    }

    /** Texts embedded successfully so far. */
    public int textsEmbedded() {
        return textsEmbedded.get();
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        EmbedderException.Kind failure;
        synchronized (this) {
            if (closed) {
                throw new EmbedderException(EmbedderException.Kind.PERMANENT, "scripted embedder is closed");
            }
            calls.incrementAndGet();
            waitingAtGate++;
            try {
                while (gateClosed && !closed) {
                    wait();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new EmbedderException(
                        EmbedderException.Kind.TRANSIENT, "interrupted at the scripted embedder's gate", e);
            } finally {
                waitingAtGate--;
            }
            failure = failures.poll();
        }
        if (failure != null) {
            throw new EmbedderException(
                    failure,
                    "scripted " + failure.name().toLowerCase(java.util.Locale.ROOT) + " failure of a call with "
                            + texts.size() + " texts");
        }
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (String text : texts) {
            float[] override = overrides.get(text);
            vectors.add(override != null ? override.clone() : vectorOf(text));
        }
        textsEmbedded.addAndGet(texts.size());
        return vectors;
    }

    /** The default vector of {@code text}. */
    public float[] vectorOf(String text) {
        double[] sums = new double[dims];
        for (String word : text.split("\\s+")) {
            if (!word.isEmpty()) {
                sums[Math.floorMod(word.hashCode(), dims)] += 1;
            }
        }
        double norm = 0;
        for (double sum : sums) {
            norm += sum * sum;
        }
        float[] vector = new float[dims];
        if (norm == 0) {
            vector[0] = 1;
            return vector;
        }
        norm = Math.sqrt(norm);
        for (int i = 0; i < dims; i++) {
            vector[i] = (float) (sums[i] / norm);
        }
        return vector;
    }

    @Override
    public int dims() {
        return dims;
    }

    @Override
    public String modelId() {
        return modelId;
    }

    @Override
    public String provider() {
        return provider;
    }

    @Override
    public synchronized void close() {
        closed = true;
        notifyAll();
    }
}
