package shaktiman.testkit.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import shaktiman.core.embed.EmbedWorker;
import shaktiman.core.embed.EmbeddingFingerprint;
import shaktiman.core.embed.EmbeddingSnapshot;
import shaktiman.core.embed.QueryVector;
import shaktiman.core.embed.Reconciliation;
import shaktiman.core.embed.SemanticIndex;
import shaktiman.core.port.BatchResult;
import shaktiman.core.port.EmbeddingQueue;
import shaktiman.core.tools.CircuitState;
import shaktiman.testkit.Await;
import shaktiman.testkit.SettableClock;
import shaktiman.testkit.fake.InMemoryIndexStore;
import shaktiman.testkit.fake.InMemoryVectorStore;
import shaktiman.testkit.fake.ScriptedEmbedder;

/**
 * Verifies the leader's embedding side end to end on fakes: startup fingerprint and reconciliation, commits deleting
 * and queueing vectors, the enrichment_status numbers, and the save at close.
 */
@Timeout(60)
class SemanticIndexTest {
    private static final Duration DEADLINE = Duration.ofSeconds(20);

    private final SettableClock clock = new SettableClock(Instant.parse("2025-03-01T12:00:00Z"));
    private final InMemoryIndexStore store = new InMemoryIndexStore();
    private final EmbeddingQueue queue = store.embeddingQueue();
    private final InMemoryVectorStore vectors = new InMemoryVectorStore(8);
    private final ScriptedEmbedder embedder = ScriptedEmbedder.small();
    private final SemanticIndex semantic = new SemanticIndex(
            queue,
            vectors,
            embedder,
            new SemanticIndex.Settings(
                    EmbedWorker.Settings.of(4, "").withPollInterval(Duration.ofHours(1)), "query: ", 0),
            clock);

    @AfterEach
    void stop() {
        embedder.openGate();
        semantic.close();
    }

    private void awaitAllEmbedded() {
        Await.until("every chunk embedded", DEADLINE, () -> {
            EmbeddingSnapshot status = semantic.status();
            return status.embeddedChunks() == status.totalChunks() && vectors.count() == status.totalChunks();
        });
    }

    @Test
    void start_onAFreshIndex_embedsEveryChunk() {
        IndexedFiles.write(store, "f", 3);

        Reconciliation reconciliation = semantic.start();

        awaitAllEmbedded();
        assertThat(reconciliation).isEqualTo(new Reconciliation(0, 0));
        assertThat(queue.fingerprint()).contains(EmbeddingFingerprint.of(embedder, ""));
    }

    @Test
    void start_afterACrash_deletesOrphansAndReembedsChunksWithoutVectors() {
        IndexedFiles.write(store, "f", 1);
        queue.adoptFingerprint(EmbeddingFingerprint.of(embedder, ""));
        long[] ids = queue.chunkIds();
        queue.markEmbedded(List.of(ids[0], ids[1], ids[2]));
        vectors.upsert(List.of(ids[0], 777L), List.of(embedder.vectorOf("a"), embedder.vectorOf("b")));
        vectors.save();

        Reconciliation reconciliation = semantic.start();

        assertThat(reconciliation).isEqualTo(new Reconciliation(1, 2));
        awaitAllEmbedded();
        assertThat(vectors.has(777L)).isFalse();
        assertThat(embedder.textsEmbedded()).isEqualTo(2);
    }

    @Test
    void start_withAnotherEmbeddingFingerprint_clearsVectorsAndReembedsEverything() {
        IndexedFiles.write(store, "f", 2);
        queue.adoptFingerprint("local:all-minilm-l6-v2-q:384:e3b0");
        long[] ids = queue.chunkIds();
        queue.markEmbedded(java.util.Arrays.stream(ids).boxed().toList());
        for (long id : ids) {
            vectors.upsert(List.of(id), List.of(embedder.vectorOf("old model " + id)));
        }
        vectors.save();

        semantic.start();

        awaitAllEmbedded();
        assertThat(embedder.textsEmbedded()).isEqualTo(6);
    }

    @Test
    void afterCommit_deletesRemovedVectorsAndEmbedsNewChunks() {
        IndexedFiles.write(store, "f", 2);
        semantic.start();
        awaitAllEmbedded();
        long[] before = queue.chunkIds();

        BatchResult deleted = IndexedFiles.delete(store, "f0.go");
        semantic.afterCommit(deleted);
        BatchResult added = IndexedFiles.write(store, "g", 1);
        semantic.afterCommit(added);

        assertThat(deleted.deletedChunkIds()).hasSize(3);
        assertThat(vectors.ids())
                .doesNotContain(deleted.deletedChunkIds().stream()
                        .mapToLong(Long::longValue)
                        .toArray());
        awaitAllEmbedded();
        assertThat(semantic.status().totalChunks()).isEqualTo(before.length);
        assertThat(semantic.status().staleVectors()).isZero();
    }

    @Test
    void status_reportsTheQueueDepthAndTheBatchInFlight() {
        IndexedFiles.write(store, "f", 2);
        embedder.closeGate();
        semantic.start();
        Await.until("a call at the gate", DEADLINE, () -> embedder.waitingAtGate() == 1);

        EmbeddingSnapshot busy = semantic.status();
        embedder.openGate();
        awaitAllEmbedded();
        EmbeddingSnapshot done = semantic.status();

        assertThat(busy.pendingJobs()).isEqualTo(6);
        assertThat(busy.inFlight()).isEqualTo(4);
        assertThat(busy.embeddingPct()).isZero();
        assertThat(done.enabled()).isTrue();
        assertThat(done.provider()).contains("scripted");
        assertThat(done.model()).contains("scripted-8");
        assertThat(done.totalChunks()).isEqualTo(6);
        assertThat(done.embeddedChunks()).isEqualTo(6);
        assertThat(done.embeddingPct()).isEqualTo(100.0);
        assertThat(done.pendingJobs()).isZero();
        assertThat(done.circuitState()).isEqualTo(CircuitState.CLOSED);
        assertThat(done.lastError()).isEmpty();
    }

    @Test
    void queryVector_embedsThePrefixedQuery() {
        semantic.start();

        QueryVector vector = semantic.queryVector("login");

        assertThat(vector)
                .isInstanceOfSatisfying(
                        QueryVector.Available.class,
                        v -> assertThat(v.vector()).containsExactly(embedder.vectorOf("query: login")));
    }

    @Test
    void close_savesWhatWasEmbedded() {
        IndexedFiles.write(store, "f", 1);
        semantic.start();
        awaitAllEmbedded();

        semantic.close();

        assertThat(vectors.save()).isFalse();
        vectors.clear();
        assertThat(vectors.load()).isEqualTo(new shaktiman.core.port.VectorLoad.Loaded(3));
    }
}
