package shaktiman.adapters.embed;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import shaktiman.core.port.Embedder;
import shaktiman.core.port.EmbedderException;
import shaktiman.core.text.IdentifierAnalyzer;

/**
 * Implements {@link Embedder} as the {@code hashing} provider (mcp-tools §6, IX-50): signed feature hashing of the
 * MCP-40 analyzer's index terms into {@value #DIMS} dimensions, pure Java and deterministic, with no model to load.
 *
 * <ul>
 *   <li>Each distinct term t with frequency tf in the text adds {@code ±(1 + ln tf)} to one dimension.
 *   <li>The dimension is the 64-bit FNV-1a hash h of the term's UTF-8 bytes, unsigned, modulo {@value #DIMS}; the sign
 *       is + when bit 63 of h is 0.
 *   <li>The sum is L2-normalised. A text with no terms, or whose contributions cancel out exactly, gives e₀.
 * </ul>
 *
 * <p>Terms are summed in sorted order, so a text's vector depends only on its bag of terms: the same terms in another
 * order give the same bits. Documents and queries are analysed alike (index terms, no stop-word removal): the
 * provider cannot tell which one it is given. Thread-safe.
 */
public final class HashingEmbedder implements Embedder {
    /** The {@code embedding.provider} name. */
    public static final String PROVIDER = "hashing";

    /** The fixed model id. */
    public static final String MODEL_ID = "hashing-1024";

    /** The fixed number of dimensions. */
    public static final int DIMS = 1024;

    private final IdentifierAnalyzer analyzer = new IdentifierAnalyzer();
    private volatile boolean closed;

    /** The provider; it holds no resource. */
    public HashingEmbedder() {}

    @Override
    public List<float[]> embed(List<String> texts) {
        Objects.requireNonNull(texts, "texts");
        if (closed) {
            throw new EmbedderException(EmbedderException.Kind.PERMANENT, "hashing embedder is closed");
        }
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (String text : texts) {
            vectors.add(vectorOf(Objects.requireNonNull(text, "texts holds null")));
        }
        return vectors;
    }

    private float[] vectorOf(String text) {
        Map<String, Integer> frequencies = new TreeMap<>();
        for (String term : analyzer.indexTerms(text)) {
            frequencies.merge(term, 1, Integer::sum);
        }
        double[] sums = new double[DIMS];
        for (Map.Entry<String, Integer> entry : frequencies.entrySet()) {
            long hash = Fnv1a64.hash(entry.getKey().getBytes(StandardCharsets.UTF_8));
            int bucket = (int) Long.remainderUnsigned(hash, DIMS);
            double weight = 1 + Math.log(entry.getValue());
            sums[bucket] += hash >= 0 ? weight : -weight;
        }
        double norm = 0;
        for (double sum : sums) {
            norm += sum * sum;
        }
        float[] vector = new float[DIMS];
        if (norm == 0) {
            vector[0] = 1;
            return vector;
        }
        norm = Math.sqrt(norm);
        for (int i = 0; i < DIMS; i++) {
            vector[i] = (float) (sums[i] / norm);
        }
        return vector;
    }

    @Override
    public int dims() {
        return DIMS;
    }

    @Override
    public String modelId() {
        return MODEL_ID;
    }

    @Override
    public String provider() {
        return PROVIDER;
    }

    @Override
    public void close() {
        closed = true;
    }
}
