package shaktiman.core.query;

import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * Polls a call's cancellation flag (MCP-21) between pipeline stages, every 256 graph nodes and every 64 candidates.
 * One instance per call; not thread-safe.
 */
final class Cancellation {
    static final int GRAPH_NODES = 256;
    static final int CANDIDATES = 64;

    private final BooleanSupplier cancelled;
    private int nodes;
    private int candidates;

    Cancellation(BooleanSupplier cancelled) {
        this.cancelled = Objects.requireNonNull(cancelled, "cancelled");
    }

    /** Checks the flag at a stage boundary. */
    void check(String stage) {
        if (cancelled.getAsBoolean()) {
            throw new QueryCancelledException(stage);
        }
    }

    /** Counts one graph node visited; checks the flag every {@value #GRAPH_NODES}. */
    void node() {
        if (++nodes % GRAPH_NODES == 0) {
            check("graph walk");
        }
    }

    /** Counts one candidate handled; checks the flag every {@value #CANDIDATES}. */
    void candidate() {
        if (++candidates % CANDIDATES == 0) {
            check("candidates");
        }
    }
}
