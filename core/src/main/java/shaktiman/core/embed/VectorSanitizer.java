package shaktiman.core.embed;

import java.lang.System.Logger.Level;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Rejects vectors that must never reach the store (IX-51): empty, of the wrong length, with a NaN or infinite
 * component, or all zero. Each rejection is counted by reason and logged at WARN. Thread-safe.
 */
public final class VectorSanitizer {
    private static final System.Logger LOG = System.getLogger(VectorSanitizer.class.getName());

    /** Why a vector was rejected. */
    public enum Reason {
        EMPTY("empty"),
        WRONG_LENGTH("wrong length"),
        NOT_FINITE("NaN or infinite component"),
        ALL_ZERO("all zero");

        private final String text;

        Reason(String text) {
            this.text = text;
        }

        /** The reason as people read it. */
        public String text() {
            return text;
        }
    }

    private final int dims;
    private final AtomicLongArray rejections = new AtomicLongArray(Reason.values().length);

    /** A sanitizer for vectors of {@code dims} components. */
    public VectorSanitizer(int dims) {
        if (dims < 1) {
            throw new IllegalArgumentException("dims must be at least 1; got " + dims);
        }
        this.dims = dims;
    }

    /**
     * Checks the vector of chunk {@code chunkId}; a rejection is counted and logged.
     *
     * @return the reason it is rejected, or empty when it may be stored
     */
    public Optional<Reason> check(long chunkId, float[] vector) {
        return checked("chunk " + chunkId, vector);
    }

    /** Checks the vector of a search query, as {@link #check}. */
    public Optional<Reason> checkQuery(float[] vector) {
        return checked("a query", vector);
    }

    private Optional<Reason> checked(String subject, float[] vector) {
        Optional<Reason> reason = judge(vector);
        reason.ifPresent(r -> {
            rejections.incrementAndGet(r.ordinal());
            LOG.log(
                    Level.WARNING,
                    "embedding of {0} rejected: {1} (expected {2} finite components, not all zero)",
                    subject,
                    r.text(),
                    dims);
        });
        return reason;
    }

    /** The rejections so far, by reason (every reason present, 0 when none). */
    public Map<Reason, Long> rejections() {
        Map<Reason, Long> counts = new EnumMap<>(Reason.class);
        for (Reason reason : Reason.values()) {
            counts.put(reason, rejections.get(reason.ordinal()));
        }
        return counts;
    }

    private Optional<Reason> judge(float[] vector) {
        if (vector == null || vector.length == 0) {
            return Optional.of(Reason.EMPTY);
        }
        if (vector.length != dims) {
            return Optional.of(Reason.WRONG_LENGTH);
        }
        boolean zero = true;
        for (float component : vector) {
            if (!Float.isFinite(component)) {
                return Optional.of(Reason.NOT_FINITE);
            }
            zero &= component == 0f;
        }
        return zero ? Optional.of(Reason.ALL_ZERO) : Optional.empty();
    }
}
