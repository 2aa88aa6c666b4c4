package shaktiman.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import shaktiman.core.port.Embedder;
import shaktiman.core.port.EmbedderException;

/**
 * Verifies the behaviour every {@link Embedder} promises in its Javadoc; each provider and fake runs it through a
 * subclass that only builds the subject.
 */
@Timeout(60)
public abstract class EmbedderContract {
    private static final String LOGIN = "export async function login(user: string, password: string)";
    private static final String CART = "def render_cart(items): return sum(item.price for item in items)";

    private final List<Embedder> opened = new ArrayList<>();

    /** For subclasses, which only build the subject. */
    protected EmbedderContract() {}

    /** A new, ready embedder. */
    protected abstract Embedder create();

    private Embedder open() {
        Embedder embedder = create();
        opened.add(embedder);
        return embedder;
    }

    @AfterEach
    void closeAll() {
        opened.forEach(Embedder::close);
    }

    @Test
    void identity_isNamedAndSized() {
        Embedder embedder = open();

        assertThat(embedder.provider()).isNotBlank();
        assertThat(embedder.modelId()).isNotBlank();
        assertThat(embedder.dims()).isBetween(1, 4096);
    }

    @Test
    void embed_returnsOneVectorOfDimsPerText() {
        Embedder embedder = open();

        List<float[]> vectors = embedder.embed(List.of(LOGIN, CART, ""));

        assertThat(vectors).hasSize(3).allSatisfy(v -> assertThat(v).hasSize(embedder.dims()));
    }

    @Test
    void embed_givesFiniteUnitVectors() {
        Embedder embedder = open();

        List<float[]> vectors = embedder.embed(List.of(LOGIN, CART, "x", ""));

        assertThat(vectors).allSatisfy(v -> {
            double sum = 0;
            for (float component : v) {
                assertThat(Float.isFinite(component)).isTrue();
                sum += (double) component * component;
            }
            assertThat(Math.sqrt(sum)).isCloseTo(1.0, within(1e-4));
        });
    }

    @Test
    void embed_sameText_givesSameVectorAcrossCallsAndInstances() {
        Embedder first = open();
        Embedder second = open();

        float[] once = first.embed(List.of(LOGIN)).getFirst();
        float[] again = first.embed(List.of(LOGIN)).getFirst();
        float[] elsewhere = second.embed(List.of(LOGIN)).getFirst();

        assertThat(again).containsExactly(once);
        assertThat(elsewhere).containsExactly(once);
    }

    @Test
    void embed_differentTexts_giveDifferentVectors() {
        Embedder embedder = open();

        List<float[]> vectors = embedder.embed(List.of(LOGIN, CART));

        assertThat(vectors.get(0)).isNotEqualTo(vectors.get(1));
    }

    @Test
    void embed_emptyList_returnsEmptyList() {
        Embedder embedder = open();

        assertThat(embedder.embed(List.of())).isEmpty();
    }

    @Test
    void embed_largeBatch_keepsTheOrderOfTheTexts() {
        Embedder embedder = open();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            texts.add("function handler" + i + "(request) { return route" + (i * 7) + "(request) }");
        }

        List<float[]> batch = embedder.embed(texts);

        for (int i : new int[] {0, 1, 150, 299}) {
            float[] alone = embedder.embed(List.of(texts.get(i))).getFirst();
            for (int d = 0; d < alone.length; d++) {
                assertThat(batch.get(i)[d]).isCloseTo(alone[d], within(1e-5f));
            }
        }
    }

    @Test
    void embed_concurrentCalls_giveTheSameVectors() throws Exception {
        Embedder embedder = open();
        float[] expected = embedder.embed(List.of(CART)).getFirst();
        List<Future<float[]>> results = new ArrayList<>();

        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit(() -> embedder.embed(List.of(CART)).getFirst()));
            }
        }

        for (Future<float[]> result : results) {
            assertThat(result.get()).containsExactly(expected);
        }
    }

    @Test
    void embed_afterClose_failsPermanently() {
        Embedder embedder = open();
        embedder.close();

        assertThatThrownBy(() -> embedder.embed(List.of(LOGIN)))
                .isInstanceOfSatisfying(
                        EmbedderException.class, e -> assertThat(e.permanent()).isTrue())
                .hasMessageContaining("closed");
    }

    @Test
    void close_twice_isHarmless() {
        Embedder embedder = open();

        embedder.close();
        embedder.close();

        assertThat(embedder.dims()).isPositive();
    }
}
