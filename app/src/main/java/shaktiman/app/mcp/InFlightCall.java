package shaktiman.app.mcp;

import java.util.concurrent.atomic.AtomicReference;
import shaktiman.app.protocol.JsonRpcId;

/**
 * One request being answered off the reader thread. Exactly one of "answered" and "cancelled" wins, so a cancelled call
 * never writes a response (MCP-21). A call past its deadline (MCP-50) is told to stop the same way but is still
 * answered, by its own thread, with the timeout error. Cancelling interrupts the call only inside the waits this layer owns (the
 * concurrency permit and the test delay); tool code polls {@link #cancelled()} instead, because an interrupt would
 * close any {@code FileChannel} the tool happened to be reading.
 */
final class InFlightCall {

    private enum State {
        RUNNING,
        CANCELLED,
        DONE
    }

    /** An interruptible wait. */
    @FunctionalInterface
    interface Wait {
        void run() throws InterruptedException;
    }

    private final JsonRpcId id;
    private final String method;
    private final AtomicReference<State> state = new AtomicReference<>(State.RUNNING);
    private volatile boolean expired;
    private Thread waiter; // guarded by this

    InFlightCall(JsonRpcId id, String method) {
        this.id = id;
        this.method = method;
    }

    JsonRpcId id() {
        return id;
    }

    String method() {
        return method;
    }

    /** Cancels a running call; false when it already finished or was cancelled. */
    boolean cancel() {
        if (!state.compareAndSet(State.RUNNING, State.CANCELLED)) {
            return false;
        }
        synchronized (this) {
            if (waiter != null) {
                waiter.interrupt();
            }
        }
        return true;
    }

    boolean cancelled() {
        return state.get() == State.CANCELLED;
    }

    /** Marks the call as past its deadline (MCP-50) and ends the wait it is in, if any; it keeps its answer. */
    void expire() {
        expired = true;
        synchronized (this) {
            if (waiter != null) {
                waiter.interrupt();
            }
        }
    }

    /** Whether the call ran past its deadline. */
    boolean expired() {
        return expired;
    }

    /** Whether the call should stop: cancelled, or past its deadline; tool code polls this. */
    boolean stopRequested() {
        return expired || cancelled();
    }

    /** Claims the right to answer; false when the call was cancelled first. */
    boolean complete() {
        return state.compareAndSet(State.RUNNING, State.DONE);
    }

    /**
     * Runs {@code wait} so that {@link #cancel()} and {@link #expire()} can interrupt it.
     *
     * @throws InterruptedException when cancelled or expired before or during the wait
     */
    void interruptibly(Wait wait) throws InterruptedException {
        synchronized (this) {
            if (stopRequested()) {
                throw new InterruptedException(
                        "request " + id + (expired ? " ran past its deadline" : " was cancelled"));
            }
            waiter = Thread.currentThread();
        }
        try {
            wait.run();
        } finally {
            synchronized (this) {
                waiter = null;
            }
            if (stopRequested()) {
                // A cancel may have interrupted us just as the wait ended: do not leak that into tool code.
                Thread.interrupted();
            }
        }
    }
}
