package shaktiman.core.model.index;

/** Why a stored file is removed, which decides whether a {@code delete} change record is written (IX-11, IX-49). */
public enum DeleteCause {
    /** The file is gone from disk: a {@code delete} record is written (under the completion record). */
    VANISHED,
    /** The file still exists but IX-1 now refuses it (a rule or limit changed): no record. */
    REFUSED
}
