package shaktiman.testkit.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import shaktiman.core.embed.CircuitBreaker;
import shaktiman.core.embed.GuardedEmbedder;
import shaktiman.core.embed.QueryCacheCounts;
import shaktiman.core.embed.QueryVector;
import shaktiman.core.embed.QueryVectors;
import shaktiman.core.port.EmbedderException;
import shaktiman.testkit.SettableClock;
import shaktiman.testkit.fake.ScriptedEmbedder;

/** Verifies query embedding (MCP-45): the query prefix, the 100-entry LRU cache, and failing fast behind the breaker. */
class QueryVectorsTest {
    private final ScriptedEmbedder embedder = ScriptedEmbedder.small();
    private final CircuitBreaker breaker = new CircuitBreaker(new SettableClock(Instant.parse("2025-03-01T12:00:00Z")));
    private final QueryVectors queries = new QueryVectors(new GuardedEmbedder(embedder, breaker, 0), "query: ");

    @Test
    void vectorFor_embedsThePrefixedQueryOnce() {
        QueryVector first = queries.vectorFor("validate token");
        QueryVector again = queries.vectorFor("validate token");

        assertThat(first)
                .isInstanceOfSatisfying(
                        QueryVector.Available.class,
                        v -> assertThat(v.vector()).containsExactly(embedder.vectorOf("query: validate token")));
        assertThat(again)
                .isInstanceOfSatisfying(
                        QueryVector.Available.class,
                        v -> assertThat(v.vector()).containsExactly(embedder.vectorOf("query: validate token")));
        assertThat(embedder.calls()).isEqualTo(1);
    }

    @Test
    void cache_keepsTheHundredMostRecentQueries() {
        for (int i = 0; i <= 100; i++) {
            queries.vectorFor("query " + i);
        }
        queries.vectorFor("query 100");
        int callsBefore = embedder.calls();

        queries.vectorFor("query 0");

        assertThat(queries.cached()).isEqualTo(100);
        assertThat(callsBefore).isEqualTo(101);
        assertThat(embedder.calls()).isEqualTo(102);
    }

    @Test
    void vectorFor_withTheBreakerOpen_failsFastWithoutCallingTheProvider() {
        embedder.failNext(3, EmbedderException.Kind.TRANSIENT);
        for (int i = 0; i < 3; i++) {
            assertThat(queries.vectorFor("q" + i)).isInstanceOf(QueryVector.Unavailable.class);
        }

        QueryVector refused = queries.vectorFor("login");

        assertThat(refused)
                .isInstanceOfSatisfying(
                        QueryVector.Unavailable.class,
                        u -> assertThat(u.reason()).contains("circuit breaker open"));
        assertThat(embedder.calls()).isEqualTo(3);
    }

    @Test
    void vectorFor_afterAFailure_triesAgainNextTime() {
        embedder.failNext(1, EmbedderException.Kind.TRANSIENT);

        QueryVector failed = queries.vectorFor("login");
        QueryVector retried = queries.vectorFor("login");

        assertThat(failed)
                .isInstanceOfSatisfying(
                        QueryVector.Unavailable.class,
                        u -> assertThat(u.reason()).startsWith("embedding failed"));
        assertThat(retried).isInstanceOf(QueryVector.Available.class);
    }

    @Test
    void counts_tellCacheHitsFromLookupsThatWentToTheEmbedder() {
        embedder.failNext(1, EmbedderException.Kind.TRANSIENT);
        queries.vectorFor("login");
        queries.vectorFor("login");
        queries.vectorFor("login");
        queries.vectorFor("logout");

        assertThat(queries.counts()).isEqualTo(new QueryCacheCounts(1, 3));
        assertThat(queries.counts().hitRatio()).isEqualTo(0.25);
        assertThat(QueryCacheCounts.NONE.hitRatio()).isZero();
    }
}
