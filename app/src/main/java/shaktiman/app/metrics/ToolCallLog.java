package shaktiman.app.metrics;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import shaktiman.app.mcp.CallRecorder;
import shaktiman.app.mcp.FinishedCall;
import shaktiman.core.port.IndexWriter;
import shaktiman.core.port.TokenCounter;
import shaktiman.core.port.ToolCallRecord;

/**
 * The persisted tool-call metrics (MCP-47, MCP-48): a call hands its record to a bounded queue without waiting, and one
 * background platform thread counts the response tokens and appends the records to {@code tool_calls} in batches,
 * through the store's one writer (IX-35), whose calls are serialised with the index thread's.
 *
 * <p>A full queue drops the record, counts it and logs a WARN with the drop count at most once a minute. A batch is
 * written when it holds {@link Limits#batchSize()} records or {@link Limits#batchInterval()} after its first record
 * was queued. {@link #drain(Duration)} (MI-52 step 5) writes what is queued for at most the given time and stops the
 * thread; records that come later are ignored. A batch that cannot be written is logged and dropped: metrics never stop
 * the leader.
 */
public final class ToolCallLog implements CallRecorder {
    private static final Logger LOG = LoggerFactory.getLogger(ToolCallLog.class);
    private static final Duration WARN_INTERVAL = Duration.ofMinutes(1);

    /** Where batches go; {@link IndexWriter#appendToolCalls} in the leader. */
    @FunctionalInterface
    public interface Sink {
        void append(List<ToolCallRecord> records);
    }

    /**
     * The queue's and batches' sizes.
     *
     * @param capacity the queue's capacity
     * @param batchSize the most records one append holds, and the count that triggers it
     * @param batchInterval how long a queued record waits at most for its batch to fill
     */
    public record Limits(int capacity, int batchSize, Duration batchInterval) {
        /** MCP-48's figures: 4,096 queued, batches every 1 s or 100 records. */
        public static final Limits STANDARD = new Limits(4_096, 100, Duration.ofSeconds(1));

        public Limits {
            if (capacity < 1 || batchSize < 1) {
                throw new IllegalArgumentException(
                        "capacity and batchSize must be >= 1, got " + capacity + ", " + batchSize);
            }
            if (!batchInterval.isPositive()) {
                throw new IllegalArgumentException("batchInterval must be positive, got " + batchInterval);
            }
        }
    }

    private final Sink sink;
    private final TokenCounter tokens;
    private final Instant daemonSession;
    private final Limits limits;
    private final Duration batchDelay;
    private final LongSupplier nanoTime;
    private final DropCounter drops;
    private final Thread thread;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final ArrayDeque<FinishedCall> queue = new ArrayDeque<>(); // guarded by lock
    private long oldestQueuedAt; // guarded by lock; when the queue's first record came
    private boolean draining; // guarded by lock
    private long drainDeadline; // guarded by lock; valid while draining

    /**
     * A log writing to {@code sink}; {@link #start()} starts its thread.
     *
     * @param tokens the one MCP-1 counter
     * @param daemonSession the leader's start instant, every record's {@code daemon_session}
     * @param batchDelay the {@code metricsDelayMs} test hook: a wait before each batch is appended (zero for none)
     * @param nanoTime the monotonic clock, {@link System#nanoTime} outside tests
     */
    ToolCallLog(
            Sink sink,
            TokenCounter tokens,
            Instant daemonSession,
            Limits limits,
            Duration batchDelay,
            LongSupplier nanoTime) {
        this.sink = Objects.requireNonNull(sink, "sink");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.daemonSession = Objects.requireNonNull(daemonSession, "daemonSession");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.batchDelay = Objects.requireNonNull(batchDelay, "batchDelay");
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
        this.drops = new DropCounter(WARN_INTERVAL, nanoTime);
        // A daemon thread: whatever it still holds when the drain's deadline passes must not keep the JVM alive.
        this.thread = Thread.ofPlatform().name("shaktiman-metrics").daemon(true).unstarted(this::run);
    }

    /** Starts a log with MCP-48's limits appending through {@code writer}. */
    public static ToolCallLog start(
            IndexWriter writer, TokenCounter tokens, Instant daemonSession, Duration batchDelay) {
        ToolCallLog log = new ToolCallLog(
                writer::appendToolCalls, tokens, daemonSession, Limits.STANDARD, batchDelay, System::nanoTime);
        log.start();
        return log;
    }

    void start() {
        thread.start();
    }

    @Override
    public void record(FinishedCall call) {
        Objects.requireNonNull(call, "call");
        lock.lock();
        try {
            if (draining) {
                return; // the metrics were flushed for shutdown; a call that ends later is not kept
            }
            if (queue.size() < limits.capacity()) {
                queue.addLast(call);
                if (queue.size() == 1) {
                    oldestQueuedAt = nanoTime.getAsLong();
                    changed.signalAll();
                } else if (queue.size() == limits.batchSize()) {
                    changed.signalAll();
                }
                return;
            }
        } finally {
            lock.unlock();
        }
        OptionalLong warn = drops.drop();
        if (warn.isPresent()) {
            LOG.atWarn()
                    .addKeyValue("dropped", warn.getAsLong())
                    .addKeyValue("capacity", limits.capacity())
                    .log("metrics queue full; dropping tool-call records (" + warn.getAsLong() + " so far)");
        }
    }

    @Override
    public long dropped() {
        return drops.dropped();
    }

    /**
     * MI-52 step 5: writes what is queued, for at most {@code budget}, then stops the thread; later records are
     * ignored. Idempotent (a second call only waits again).
     *
     * @return whether every queued record was written and the thread has stopped
     */
    public boolean drain(Duration budget) {
        lock.lock();
        try {
            if (!draining) {
                draining = true;
                drainDeadline = nanoTime.getAsLong() + budget.toNanos();
                changed.signalAll();
            }
        } finally {
            lock.unlock();
        }
        try {
            if (thread.join(budget)) {
                return unwritten() == 0;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LOG.atWarn()
                .addKeyValue("queued", unwritten())
                .log("metrics writer still busy after its shutdown budget; its records are lost");
        return false;
    }

    private int unwritten() {
        lock.lock();
        try {
            return queue.size();
        } finally {
            lock.unlock();
        }
    }

    private void run() {
        try {
            List<FinishedCall> batch;
            while (!(batch = nextBatch()).isEmpty()) {
                if (!delayBeforeBatch()) {
                    lost(batch.size() + unwritten());
                    return;
                }
                write(batch);
            }
            int left = unwritten();
            if (left > 0) {
                lost(left);
            }
        } catch (InterruptedException e) {
            // Nobody interrupts this thread; an interrupt means the JVM is going down.
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Waits for the next batch: {@code batchSize} records, or what is queued {@code batchInterval} after its first
     * record came; while draining, what is queued at once. Empty when the log is done (drained, or past the deadline).
     */
    private List<FinishedCall> nextBatch() throws InterruptedException {
        lock.lock();
        try {
            while (true) {
                long now = nanoTime.getAsLong();
                if (draining) {
                    return now - drainDeadline >= 0 ? List.of() : take();
                }
                if (queue.size() >= limits.batchSize()) {
                    return take();
                }
                if (queue.isEmpty()) {
                    changed.await();
                } else {
                    long wait = oldestQueuedAt + limits.batchInterval().toNanos() - now;
                    if (wait <= 0) {
                        return take();
                    }
                    changed.awaitNanos(wait);
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** Takes up to {@code batchSize} records (the lock is held). */
    private List<FinishedCall> take() {
        List<FinishedCall> batch = new ArrayList<>(Math.min(queue.size(), limits.batchSize()));
        while (!queue.isEmpty() && batch.size() < limits.batchSize()) {
            batch.add(queue.pollFirst());
        }
        // The records left behind start their own wait now.
        oldestQueuedAt = nanoTime.getAsLong();
        return batch;
    }

    /**
     * The {@code metricsDelayMs} hook: waits before a batch, ending early at the drain's deadline.
     *
     * @return false when the drain's deadline has passed, so the batch is not written
     */
    private boolean delayBeforeBatch() throws InterruptedException {
        if (batchDelay.isZero()) {
            return true;
        }
        long end = nanoTime.getAsLong() + batchDelay.toNanos();
        lock.lock();
        try {
            while (true) {
                long now = nanoTime.getAsLong();
                if (draining && now - drainDeadline >= 0) {
                    return false;
                }
                long until = draining && drainDeadline - end < 0 ? drainDeadline : end;
                if (now - until >= 0) {
                    return true;
                }
                changed.awaitNanos(until - now);
            }
        } finally {
            lock.unlock();
        }
    }

    private void write(List<FinishedCall> batch) {
        List<ToolCallRecord> records = batch.stream().map(this::measured).toList();
        try {
            sink.append(records);
        } catch (RuntimeException e) {
            // Recovered: the calls were answered; only their rows are lost, and the next batch may well succeed.
            LOG.atWarn()
                    .setCause(e)
                    .addKeyValue("records", records.size())
                    .log("cannot write tool-call records; dropping the batch");
        }
    }

    private void lost(int records) {
        LOG.atWarn()
                .addKeyValue("records", records)
                .log("metrics drain ran out of its shutdown budget; tool-call records not written");
    }

    /** MCP-47's record: arguments cut at 2,000 characters, T measured in UTF-8 bytes and MCP-1 tokens. */
    private ToolCallRecord measured(FinishedCall call) {
        String text = call.responseText();
        return new ToolCallRecord(
                daemonSession,
                call.connection(),
                call.tool(),
                cut(call.args()),
                call.startedAt(),
                millis(call.durationNanos()),
                call.resultCount(),
                text.getBytes(StandardCharsets.UTF_8).length,
                tokens.count(text),
                call.outcome());
    }

    /** The first 2,000 characters, one fewer if that would split a surrogate pair. */
    static String cut(String args) {
        int max = ToolCallRecord.MAX_ARGS_CHARS;
        if (args.length() <= max) {
            return args;
        }
        int end = Character.isHighSurrogate(args.charAt(max - 1)) ? max - 1 : max;
        return args.substring(0, end);
    }

    /** Milliseconds to 0.1 (MCP-47). */
    static double millis(long nanos) {
        return Math.round(nanos / (double) TimeUnit.MILLISECONDS.toNanos(1) * 10) / 10.0;
    }
}
