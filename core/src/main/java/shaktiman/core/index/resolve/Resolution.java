package shaktiman.core.index.resolve;

import java.util.List;
import java.util.Objects;

/** The outcome of resolving one reference: edges to its targets, or a pending row with its reason (IX-30, IX-32). */
public sealed interface Resolution {

    /** One edge to each target, in path and line order; never empty. */
    record Edges(List<Candidate> targets) implements Resolution {
        public Edges {
            targets = List.copyOf(targets);
            if (targets.isEmpty()) {
                throw new IllegalArgumentException("an Edges resolution needs at least one target");
            }
        }
    }

    /**
     * No edge: the reference is kept as a pending row.
     *
     * @param qualifiedName the qualified name stored with it ({@code dst_qualified_name}), empty when unknown
     */
    record Pending(PendingReason reason, String qualifiedName) implements Resolution {
        public Pending {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(qualifiedName, "qualifiedName");
        }
    }
}
