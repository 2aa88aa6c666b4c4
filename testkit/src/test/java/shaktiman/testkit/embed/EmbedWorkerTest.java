package shaktiman.testkit.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import shaktiman.core.embed.CircuitBreaker;
import shaktiman.core.embed.EmbedWorker;
import shaktiman.core.embed.GuardedEmbedder;
import shaktiman.core.embed.VectorSanitizer;
import shaktiman.core.port.EmbedCandidate;
import shaktiman.core.port.EmbedderException;
import shaktiman.core.port.EmbeddingQueue;
import shaktiman.core.tools.CircuitState;
import shaktiman.testkit.Await;
import shaktiman.testkit.SettableClock;
import shaktiman.testkit.fake.InMemoryIndexStore;
import shaktiman.testkit.fake.InMemoryVectorStore;
import shaktiman.testkit.fake.ScriptedEmbedder;

/** Verifies the embed worker of IX-53 against the in-memory store, vector store and a scripted embedder. */
@Timeout(60)
class EmbedWorkerTest {
    private static final Duration DEADLINE = Duration.ofSeconds(20);
    /** Long enough that only wake-ups start passes within a test. */
    private static final Duration NO_POLL = Duration.ofHours(1);

    private final SettableClock clock = new SettableClock(Instant.parse("2025-03-01T12:00:00Z"));
    private final InMemoryIndexStore store = new InMemoryIndexStore();
    private final EmbeddingQueue queue = store.embeddingQueue();
    private final InMemoryVectorStore vectors = new InMemoryVectorStore(8);
    private final ScriptedEmbedder embedder = ScriptedEmbedder.small();
    private final CircuitBreaker breaker = new CircuitBreaker(clock);
    private final List<EmbedWorker> workers = new ArrayList<>();

    @AfterEach
    void stop() {
        embedder.openGate();
        workers.forEach(EmbedWorker::close);
    }

    private EmbedWorker start(EmbedWorker.Settings settings) {
        EmbedWorker worker = new EmbedWorker(
                queue, vectors, new GuardedEmbedder(embedder, breaker, 0), new VectorSanitizer(8), settings, clock);
        workers.add(worker);
        worker.start();
        return worker;
    }

    private static EmbedWorker.Settings batchesOf(int size) {
        return EmbedWorker.Settings.of(size, "doc: ").withPollInterval(NO_POLL);
    }

    private long embedded() {
        return queue.counts(clock.instant()).embedded();
    }

    private void awaitEmbedded(long count) {
        Await.until(count + " chunks embedded", DEADLINE, () -> embedded() == count && vectors.count() == count);
    }

    @Test
    void start_embedsEveryDueChunkWithTheDocumentPrefix() {
        IndexedFiles.write(store, "f", 3);
        List<EmbedCandidate> due = queue.due(clock.instant(), 0, 100);

        start(batchesOf(2));

        awaitEmbedded(9);
        EmbedCandidate first = due.getFirst();
        float[] expected = embedder.vectorOf("doc: " + first.content());
        assertThat(vectors.scores(expected, List.of(first.chunkId())).get(first.chunkId()))
                .isCloseTo(1.0, within(1e-6));
        assertThat(queue.due(clock.instant(), 0, 100)).isEmpty();
    }

    @Test
    void start_withMoreThanOnePageOfChunks_embedsThemAll() {
        IndexedFiles.write(store, "f", 100);

        start(batchesOf(128));

        awaitEmbedded(300);
        assertThat(embedder.textsEmbedded()).isEqualTo(300);
    }

    @Test
    void wake_afterACommit_embedsTheNewChunks() {
        IndexedFiles.write(store, "f", 1);
        EmbedWorker worker = start(batchesOf(16));
        awaitEmbedded(3);

        IndexedFiles.write(store, "g", 2);
        worker.wake();

        awaitEmbedded(9);
    }

    @Test
    void transientFailure_leavesChunksUnembeddedUntilTheirBackoffPasses() {
        IndexedFiles.write(store, "f", 1);
        embedder.failNext(1, EmbedderException.Kind.TRANSIENT);

        EmbedWorker worker = start(batchesOf(16));

        Await.until(
                "a failed attempt on every chunk",
                DEADLINE,
                () -> queue.counts(clock.instant()).failed() == 3);
        assertThat(embedded()).isZero();
        assertThat(vectors.count()).isZero();
        assertThat(queue.counts(clock.instant()).due()).isZero();
        assertThat(queue.counts(clock.instant().plusSeconds(30)).due()).isEqualTo(3);
        assertThat(worker.lastError()).hasValueSatisfying(e -> assertThat(e).contains("scripted transient"));

        clock.advance(Duration.ofSeconds(30));
        worker.wake();

        awaitEmbedded(3);
        assertThat(worker.lastError()).isEmpty();
        assertThat(queue.counts(clock.instant()).failed()).isZero();
    }

    @Test
    void rejectedVector_failsOnlyItsChunk() {
        IndexedFiles.write(store, "f", 1);
        EmbedCandidate bad = queue.due(clock.instant(), 0, 100).get(1);
        embedder.override("doc: " + bad.content(), new float[] {Float.NaN, 0, 0, 0, 0, 0, 0, 0});

        EmbedWorker worker = start(batchesOf(16));

        Await.until(
                "two embedded, one failed",
                DEADLINE,
                () -> embedded() == 2 && queue.counts(clock.instant()).failed() == 1);
        assertThat(vectors.has(bad.chunkId())).isFalse();
        assertThat(vectors.count()).isEqualTo(2);
        assertThat(worker.lastError()).hasValueSatisfying(e -> assertThat(e).contains("vector rejected"));
    }

    @Test
    void threeFailedCalls_openTheBreaker_andAProbeAfterTheCooldownResumes() {
        IndexedFiles.write(store, "f", 2);
        embedder.failNext(3, EmbedderException.Kind.TRANSIENT);

        EmbedWorker worker = start(batchesOf(1));

        Await.until("the breaker open", DEADLINE, () -> breaker.state() == CircuitState.OPEN);
        Await.until(
                "three failed chunks",
                DEADLINE,
                () -> queue.counts(clock.instant()).failed() == 3);
        assertThat(embedder.calls()).isEqualTo(3);
        assertThat(embedded()).isZero();
        assertThat(queue.counts(clock.instant()).due()).isEqualTo(3);

        clock.advance(Duration.ofMinutes(10));
        worker.wake();

        awaitEmbedded(6);
        assertThat(breaker.state()).isEqualTo(CircuitState.CLOSED);
    }

    @Test
    void permanentFailures_failTheChunksButLeaveTheBreakerClosed() {
        IndexedFiles.write(store, "f", 2);
        embedder.failNext(6, EmbedderException.Kind.PERMANENT);

        start(batchesOf(1));

        Await.until(
                "six failed chunks",
                DEADLINE,
                () -> queue.counts(clock.instant()).failed() == 6);
        assertThat(breaker.state()).isEqualTo(CircuitState.CLOSED);
        assertThat(vectors.count()).isZero();
    }

    @Test
    void chunkDeletedWhileItsVectorIsComputed_endsWithNoVector() {
        IndexedFiles.write(store, "f", 1);
        embedder.closeGate();
        EmbedWorker worker = start(batchesOf(16));
        Await.until("a call at the gate", DEADLINE, () -> embedder.waitingAtGate() == 1);
        assertThat(worker.inFlight()).isEqualTo(3);

        IndexedFiles.delete(store, "f0.go");
        embedder.openGate();

        Await.until("the batch finished", DEADLINE, () -> embedder.textsEmbedded() == 3 && worker.inFlight() == 0);
        assertThat(vectors.count()).isZero();
        assertThat(queue.counts(clock.instant()).chunks()).isZero();
    }

    @Test
    void close_duringTheBatchDelayHook_returnsWithoutEmbedding() {
        IndexedFiles.write(store, "f", 1);
        EmbedWorker worker = start(batchesOf(16).withBatchDelay(Duration.ofHours(1)));

        worker.close();

        assertThat(embedder.calls()).isZero();
        assertThat(embedded()).isZero();
    }

    @Test
    void poll_withoutAnyWake_findsChunksWhoseBackoffPassed() {
        IndexedFiles.write(store, "f", 1);
        embedder.failNext(1, EmbedderException.Kind.TRANSIENT);
        start(EmbedWorker.Settings.of(16, "").withPollInterval(Duration.ofMillis(50)));
        Await.until(
                "failed chunks", DEADLINE, () -> queue.counts(clock.instant()).failed() == 3);

        clock.advance(Duration.ofSeconds(30));

        awaitEmbedded(3);
    }
}
