package shaktiman.core.index.live;

import java.util.Optional;

/**
 * The MI-10 notice that query results carry while no full index has completed. Thread-safe and cheap: query tools
 * call it on every result.
 */
@FunctionalInterface
public interface IndexProgress {

    /**
     * {@code indexing in progress: <n> of <m> files} while a scan runs over an index that has never completed a full
     * index for the current fingerprint; empty otherwise, so that no answer mentions indexing once a scan is over, and
     * a catch-up scan over a completed index adds no notice.
     */
    Optional<String> notice();

    /** Progress for a process that indexes nothing: never a notice. */
    static IndexProgress none() {
        return Optional::empty;
    }
}
