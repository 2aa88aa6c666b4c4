package shaktiman.core.model.index;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The jobs the writer applies together, in order (IX-42), and, for the last batch of a full scan, the index
 * fingerprint whose completion record (IX-41) commits with it. A deletion and an addition with equal content hash in
 * one batch are paired by the store into a rename (IX-48).
 */
public record IndexBatch(List<IndexJob> jobs, Optional<String> completesFullIndex) {

    public IndexBatch {
        jobs = List.copyOf(jobs);
        Objects.requireNonNull(completesFullIndex, "completesFullIndex");
        completesFullIndex.ifPresent(fingerprint -> Hashes.requireNotBlank(fingerprint, "completesFullIndex"));
    }

    /** A batch that completes nothing: an incremental batch or a batch in the middle of a scan. */
    public static IndexBatch of(List<IndexJob> jobs) {
        return new IndexBatch(jobs, Optional.empty());
    }

    /** The last batch of a full scan under {@code fingerprint}: the completion record commits with these jobs. */
    public static IndexBatch completingFullIndex(List<IndexJob> jobs, String fingerprint) {
        return new IndexBatch(jobs, Optional.of(fingerprint));
    }
}
