package shaktiman.app.daemon;

/** What wakes the daemon's controller thread: the one place where role changes and shutdowns are decided. */
sealed interface LifecycleEvent {

    /** The connection of generation {@code generation} to the leader was lost ({@code eof} or {@code error}). */
    record LeaderLost(int generation, String reason) implements LifecycleEvent {}

    /** The lock waiter was granted the lock (MI-23). */
    record LockGranted() implements LifecycleEvent {}

    /** The client has gone: stdin EOF, or a failed stdout write (MI-54). */
    record ClientGone(String reason) implements LifecycleEvent {}

    /** SIGINT, SIGTERM or SIGHUP arrived. */
    record Signalled(String signal) implements LifecycleEvent {}
}
