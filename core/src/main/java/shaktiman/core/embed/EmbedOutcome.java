package shaktiman.core.embed;

import java.util.List;
import java.util.Objects;

/** What one guarded provider call gave (IX-56). */
public sealed interface EmbedOutcome {

    /** One vector per text, in order (not yet sanitized). */
    record Embedded(List<float[]> vectors) implements EmbedOutcome {
        public Embedded {
            vectors = List.copyOf(vectors);
        }
    }

    /** The circuit breaker refused the call: the provider was not asked. */
    record Refused(String reason) implements EmbedOutcome {
        public Refused {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** The provider failed; {@code permanent} failures did not count against the breaker. */
    record Failed(String message, boolean permanent) implements EmbedOutcome {
        public Failed {
            Objects.requireNonNull(message, "message");
        }
    }
}
