package shaktiman.core.port;

import java.util.Objects;

/** What {@link VectorStore#load()} found; every case leaves a usable store. */
public sealed interface VectorLoad {

    /** The saved vectors replaced the store's contents. */
    record Loaded(long count) implements VectorLoad {
        public Loaded {
            if (count < 0) {
                throw new IllegalArgumentException("count must not be negative; got " + count);
            }
        }
    }

    /** Nothing was saved: the store is empty. */
    record Absent() implements VectorLoad {}

    /** The saved state failed a load check (IX-58): the store is empty and startup reconciliation must run (IX-55). */
    record Rejected(String reason) implements VectorLoad {
        public Rejected {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
