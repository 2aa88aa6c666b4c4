package shaktiman.core.embed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import shaktiman.core.tools.CircuitState;

/** Verifies MCP-39's percentage and the snapshot of switched-off embeddings. */
class EmbeddingSnapshotTest {

    @Test
    void percent_hasOneDecimalAndNeverExceeds100() {
        assertThat(EmbeddingSnapshot.percent(60, 63)).isEqualTo(95.2);
        assertThat(EmbeddingSnapshot.percent(63, 63)).isEqualTo(100.0);
        assertThat(EmbeddingSnapshot.percent(70, 63)).isEqualTo(100.0);
        assertThat(EmbeddingSnapshot.percent(0, 0)).isEqualTo(0.0);
        assertThat(EmbeddingSnapshot.percent(1, 3)).isEqualTo(33.3);
    }

    @Test
    void disabled_isOffWithNothingPending() {
        EmbeddingSnapshot snapshot = EmbeddingSnapshot.disabled(63);

        assertThat(snapshot.enabled()).isFalse();
        assertThat(snapshot.circuitState()).isEqualTo(CircuitState.DISABLED);
        assertThat(snapshot.pendingJobs()).isZero();
        assertThat(snapshot.totalChunks()).isEqualTo(63);
        assertThat(snapshot.provider()).isEmpty();
    }
}
