package shaktiman.core.port;

import java.util.Objects;

/** The three outcomes of trying the daemon lock. */
public sealed interface LockAttempt {

    /** This process now holds the lock. */
    record Acquired() implements LockAttempt {}

    /** Another process holds the lock. */
    record Held() implements LockAttempt {}

    /** The lock could not be tried; {@code reason} names the file and the OS error. Never treated as held. */
    record Failed(String reason) implements LockAttempt {
        public Failed {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
