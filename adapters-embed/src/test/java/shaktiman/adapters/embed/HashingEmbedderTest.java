package shaktiman.adapters.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import shaktiman.core.port.Embedder;
import shaktiman.core.text.IdentifierAnalyzer;
import shaktiman.testkit.contract.EmbedderContract;

/** Verifies that the hashing provider keeps the embedder contract and is the feature hashing IX-50 pins. */
class HashingEmbedderTest extends EmbedderContract {
    @Override
    protected Embedder create() {
        return new HashingEmbedder();
    }

    @Test
    void identity_isHashing1024() {
        HashingEmbedder embedder = new HashingEmbedder();

        assertThat(embedder.provider()).isEqualTo("hashing");
        assertThat(embedder.modelId()).isEqualTo("hashing-1024");
        assertThat(embedder.dims()).isEqualTo(1024);
    }

    @Test
    void fnv1a64_matchesTheReferenceValues() {
        assertThat(Fnv1a64.hash(new byte[0])).isEqualTo(0xcbf29ce484222325L);
        assertThat(Fnv1a64.hash("a".getBytes(StandardCharsets.UTF_8))).isEqualTo(0xaf63dc4c8601ec8cL);
        assertThat(Fnv1a64.hash("foobar".getBytes(StandardCharsets.UTF_8))).isEqualTo(0x85944171f73967e8L);
    }

    @Test
    void embed_textWithoutTerms_givesTheFirstUnitVector() {
        HashingEmbedder embedder = new HashingEmbedder();

        List<float[]> vectors = embedder.embed(List.of("", "  +-*/ ;", "a b c"));

        float[] e0 = new float[1024];
        e0[0] = 1;
        assertThat(vectors).allSatisfy(v -> assertThat(v).containsExactly(e0));
    }

    @Test
    void embed_sameTermsInAnotherOrder_giveTheSameVector() {
        HashingEmbedder embedder = new HashingEmbedder();

        List<float[]> vectors = embedder.embed(List.of(
                "validateToken(token) { return hmac(token) === signature }",
                "signature === hmac(token) return { validateToken(token) }"));

        assertThat(vectors.get(1)).containsExactly(vectors.get(0));
    }

    @Test
    void embed_weighsEachTermOnePlusLnTfInItsSignedBucket() {
        HashingEmbedder embedder = new HashingEmbedder();
        String text = "session session session refresh";

        float[] vector = embedder.embed(List.of(text)).getFirst();

        double[] expected = new double[1024];
        List<String> terms = new IdentifierAnalyzer().indexTerms(text);
        assertThat(terms).containsExactly("session", "session", "session", "refresh");
        add(expected, "session", 1 + Math.log(3));
        add(expected, "refresh", 1);
        double norm =
                Math.sqrt(java.util.Arrays.stream(expected).map(x -> x * x).sum());
        for (int i = 0; i < 1024; i++) {
            assertThat((double) vector[i]).as("dimension %d", i).isCloseTo(expected[i] / norm, within(1e-6));
        }
    }

    @Test
    void embed_sharedIdentifierTerms_scoreAboveUnrelatedCode() {
        HashingEmbedder embedder = new HashingEmbedder();

        List<float[]> vectors = embedder.embed(List.of(
                "validate token",
                "export function validateToken(token: string): boolean { return check(token) }",
                "def render_cart(items): return sum(item.price for item in items)"));

        assertThat(dot(vectors.get(0), vectors.get(1))).isGreaterThan(dot(vectors.get(0), vectors.get(2)) + 0.2);
    }

    private static void add(double[] sums, String term, double weight) {
        long hash = Fnv1a64.hash(term.getBytes(StandardCharsets.UTF_8));
        sums[(int) Long.remainderUnsigned(hash, 1024)] += (hash >>> 63) == 0 ? weight : -weight;
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += (double) a[i] * b[i];
        }
        return sum;
    }
}
