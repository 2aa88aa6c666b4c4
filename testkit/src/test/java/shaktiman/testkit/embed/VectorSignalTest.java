package shaktiman.testkit.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import shaktiman.core.embed.CircuitBreaker;
import shaktiman.core.embed.GuardedEmbedder;
import shaktiman.core.embed.QueryVectors;
import shaktiman.core.embed.VectorSignal;
import shaktiman.core.port.EmbedderException;
import shaktiman.core.port.VectorHit;
import shaktiman.core.query.SemanticSignal.Similarities;
import shaktiman.testkit.SettableClock;
import shaktiman.testkit.fake.InMemoryVectorStore;
import shaktiman.testkit.fake.ScriptedEmbedder;

/**
 * Verifies the semantic signal over stored vectors (MCP-41, MCP-45): cosines of the cached query vector with the
 * candidates' stored vectors, the store's nearest chunks, and unavailability with the reason when the query cannot be
 * embedded.
 */
class VectorSignalTest {
    private final ScriptedEmbedder embedder = ScriptedEmbedder.small();
    private final CircuitBreaker breaker = new CircuitBreaker(new SettableClock(Instant.parse("2025-03-01T12:00:00Z")));
    private final QueryVectors queries = new QueryVectors(new GuardedEmbedder(embedder, breaker, 0), "");
    private final InMemoryVectorStore vectors = new InMemoryVectorStore(embedder.dims());
    private final VectorSignal signal = new VectorSignal(queries::vectorFor, vectors);

    private void store(long id, String text) {
        vectors.upsert(List.of(id), List.of(embedder.vectorOf(text)));
    }

    @Test
    void similarities_withStoredVectors_areTheCosinesOfTheChunksThatHaveOne() {
        store(1, "validate token");
        store(2, "render report");

        Similarities similarities = signal.similarities("validate token", List.of(1L, 2L, 3L));

        assertThat(similarities).isInstanceOfSatisfying(Similarities.Cosines.class, cosines -> {
            assertThat(cosines.byChunk()).containsOnlyKeys(1L, 2L);
            assertThat(cosines.byChunk().get(1L)).isCloseTo(1.0, within(1e-6));
            assertThat(cosines.byChunk().get(2L)).isLessThan(cosines.byChunk().get(1L));
        });
    }

    @Test
    void nearest_isTheStoresTopKBestFirst() {
        store(1, "render report");
        store(2, "validate token");
        store(3, "validate session token");

        List<VectorHit> nearest = signal.nearest("validate token", 2);

        assertThat(nearest).extracting(VectorHit::id).containsExactly(2L, 3L);
    }

    @Test
    void similaritiesThenNearest_forOneQuery_embedItOnce() {
        store(1, "validate token");

        signal.similarities("validate token", List.of(1L));
        signal.nearest("validate token", 5);
        signal.similarities("validate token", List.of(1L));

        assertThat(embedder.calls()).isEqualTo(1);
    }

    @Test
    void similarities_whenTheQueryCannotBeEmbedded_areUnavailableWithTheReason() {
        store(1, "validate token");
        embedder.failNext(1, EmbedderException.Kind.TRANSIENT);

        Similarities similarities = signal.similarities("validate token", List.of(1L));

        assertThat(similarities)
                .isInstanceOfSatisfying(
                        Similarities.Unavailable.class,
                        unavailable -> assertThat(unavailable.reason()).startsWith("embedding failed"));
    }

    @Test
    void nearest_withTheBreakerOpen_isEmptyWithoutCallingTheProvider() {
        store(1, "validate token");
        embedder.failNext(3, EmbedderException.Kind.TRANSIENT);
        for (int i = 0; i < 3; i++) {
            signal.similarities("q" + i, List.of(1L));
        }
        int calls = embedder.calls();

        List<VectorHit> nearest = signal.nearest("validate token", 5);

        assertThat(nearest).isEmpty();
        assertThat(embedder.calls()).isEqualTo(calls);
        assertThat(signal.similarities("validate token", List.of(1L)))
                .isInstanceOfSatisfying(
                        Similarities.Unavailable.class,
                        unavailable -> assertThat(unavailable.reason()).contains("circuit breaker open"));
    }
}
