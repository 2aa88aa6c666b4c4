package shaktiman.app.daemon;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import shaktiman.app.log.DaemonLogging;
import shaktiman.app.protocol.LineWriter;
import shaktiman.core.daemon.Backoff;
import shaktiman.core.daemon.LockWaiter;
import shaktiman.core.daemon.ProcessIdentity;
import shaktiman.core.daemon.ProjectLayout;
import shaktiman.core.daemon.ReadyNote;
import shaktiman.core.port.LockPort;
import shaktiman.core.port.TransportPort;

/**
 * The proxy's controller thread (MI-22 … MI-29): finds a leader, keeps the link, fails over exactly once per loss, and
 * hands over to {@link Promotion} when the lock waiter wins. Every transition happens on this one thread, driven by
 * {@link LifecycleEvent}s, so triggers that arrive during a failover are simply consumed by it.
 */
final class ProxyController {
    private static final Logger LOG = LoggerFactory.getLogger(ProxyController.class);
    private static final Duration WAIT_LIMIT = Duration.ofSeconds(30);
    private static final Duration CONNECT_TIMEOUT = Duration.ofMillis(500);
    private static final long HUNG_AFTER_NANOS = TimeUnit.SECONDS.toNanos(30);
    private static final long PING_TIMEOUT_MS = 10_000;
    private static final long INIT_REPLAY_TIMEOUT_MS = 10_000;
    private static final long DRAIN_ON_EXIT_MS = 2_000;

    /** Turns this process into the leader; returns the process's exit code once that leader has shut down. */
    interface Promotion {
        int lead(ProxyRelay relay, boolean fresh, long previousPid, long waitedMs);
    }

    private final ProjectLayout layout;
    private final LockPort lock;
    private final TransportPort transport;
    private final ProxyRelay relay;
    private final BlockingQueue<LifecycleEvent> events;
    private final Promotion promotion;
    private final DaemonLogging log;
    private final java.io.PrintStream stderr;
    private LockWaiter waiter;
    private int generation;
    private long leaderPid = -1;

    ProxyController(
            ProjectLayout layout,
            LockPort lock,
            TransportPort transport,
            LineWriter toClient,
            BlockingQueue<LifecycleEvent> events,
            Promotion promotion,
            DaemonLogging log,
            java.io.PrintStream stderr) {
        this.layout = layout;
        this.lock = lock;
        this.transport = transport;
        this.events = events;
        this.promotion = promotion;
        this.log = log;
        this.stderr = stderr;
        this.relay = new ProxyRelay(toClient, events);
    }

    ProxyRelay relay() {
        return relay;
    }

    /** Runs the proxy until the process should exit; returns the exit code. */
    int run() {
        long holder = holderPid();
        LOG.atInfo()
                .addKeyValue("holder_pid", holder)
                .log("acquire daemon lock: held by pid " + pidText(holder) + "; waiting for leader");
        long startedAt = System.nanoTime();
        waiter = LockWaiter.start(lock, () -> events.offer(new LifecycleEvent.LockGranted()));

        Outcome first = findLeader(false, holder);
        switch (first) {
            case Outcome.Connected connected ->
                LOG.atInfo()
                        .addKeyValue("holder_pid", leaderPid)
                        .log("acquire daemon lock: held by pid " + pidText(leaderPid) + "; connected as proxy");
            case Outcome.Won won -> {
                long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedAt);
                return promotion.lead(relay, true, holder, waited);
            }
            case Outcome.Exit exit -> {
                return exit.code();
            }
        }
        return relayUntilDone();
    }

    private int relayUntilDone() {
        while (true) {
            LifecycleEvent event = poll(1000);
            switch (event) {
                case null -> checkHungLeader();
                case LifecycleEvent.LeaderLost lost -> {
                    if (lost.generation() == generation) {
                        Optional<Integer> exit = failover(lost.reason());
                        if (exit.isPresent()) {
                            return exit.get();
                        }
                    }
                }
                case LifecycleEvent.LockGranted granted -> {
                    Optional<Integer> exit = failover("lock");
                    if (exit.isPresent()) {
                        return exit.get();
                    }
                }
                case LifecycleEvent.ClientGone gone -> {
                    return exitGracefully(gone.reason());
                }
                case LifecycleEvent.Signalled signalled -> {
                    return exitGracefully(signalled.signal());
                }
            }
        }
    }

    /** One failover (MI-25): promotion if the lock is ours, else reconnect. Empty while the relay goes on. */
    private Optional<Integer> failover(String reason) {
        long started = System.nanoTime();
        long previous = leaderPid;
        LOG.atWarn().addKeyValue("reason", reason).log("failover started");
        ProxyRelay.Link old = relay.detach();
        if (old != null) {
            old.connection().close();
        }
        Outcome outcome = findLeader(true, previous);
        return switch (outcome) {
            case Outcome.Connected connected -> {
                log.reopen();
                LOG.atInfo()
                        .addKeyValue("holder_pid", leaderPid)
                        .log("acquire daemon lock: held by pid " + pidText(leaderPid)
                                + "; reconnected after leader pid " + pidText(previous) + " exited");
                LOG.atInfo()
                        .addKeyValue("ms", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started))
                        .addKeyValue("replayed", connected.replayed())
                        .log("failover finished");
                yield Optional.empty();
            }
            case Outcome.Won won -> Optional.of(promotion.lead(relay, false, previous, 0));
            case Outcome.Exit exit -> Optional.of(exit.code());
        };
    }

    private sealed interface Outcome {
        record Connected(int replayed) implements Outcome {}

        record Won() implements Outcome {}

        record Exit(int code) implements Outcome {}
    }

    /** The MI-22 / MI-27 loop: waiter, connect, back off; 30 s at most. */
    private Outcome findLeader(boolean reconnect, long previousHolder) {
        long deadline = System.nanoTime() + WAIT_LIMIT.toNanos();
        Backoff backoff = new Backoff();
        while (true) {
            if (waiter.granted()) {
                return new Outcome.Won();
            }
            Optional<Integer> replayed;
            try {
                replayed = tryConnect(reconnect);
            } catch (ForeignLeaderException e) {
                LOG.error(e.getMessage());
                relay.answerAll("shaktiman leader unavailable: " + e.getMessage());
                stderr.println("shaktimand: " + e.getMessage());
                return new Outcome.Exit(1);
            }
            if (replayed.isPresent()) {
                return new Outcome.Connected(replayed.get());
            }
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                return giveUp(reconnect);
            }
            LifecycleEvent event =
                    poll(Math.min(backoff.nextDelayMillis(), TimeUnit.NANOSECONDS.toMillis(remaining) + 1));
            switch (event) {
                case null -> {}
                case LifecycleEvent.LockGranted granted -> {}
                case LifecycleEvent.LeaderLost lost -> {}
                case LifecycleEvent.ClientGone gone -> {
                    return new Outcome.Exit(0);
                }
                case LifecycleEvent.Signalled signalled -> {
                    return new Outcome.Exit(0);
                }
            }
        }
    }

    /** Connects to P, else to the ready note's socket (MI-15b), and replays what MI-27 says; empty if no leader. */
    private Optional<Integer> tryConnect(boolean reconnect) throws ForeignLeaderException {
        for (Path candidate : candidates()) {
            requireOwnedByUs(candidate);
            Optional<TransportPort.Connection> connection = transport.connect(candidate, CONNECT_TIMEOUT);
            if (connection.isEmpty()) {
                continue;
            }
            ProxyRelay.Link link = open(connection.get());
            if (reconnect && relay.initializeLine() != null) {
                Optional<shaktiman.app.protocol.Inspection.Response> answer =
                        relay.proxyRequest(link, "init", relay.initializeLine(), INIT_REPLAY_TIMEOUT_MS);
                if (answer.isEmpty() || answer.get().error()) {
                    link.connection().close();
                    continue; // MI-27: an error answer counts as a failed attempt
                }
            }
            leaderPid = link.leaderPid();
            return Optional.of(relay.attach(link, reconnect));
        }
        return Optional.empty();
    }

    private List<Path> candidates() {
        List<Path> paths = new ArrayList<>(List.of(layout.socketPath()));
        ReadyNote.readSocket(layout.readyFile())
                .filter(p -> !p.equals(layout.socketPath()))
                .ifPresent(paths::add);
        return paths;
    }

    /** MI-17: never talk to a socket that another user owns; exit at once when the lock holder runs as someone else. */
    private void requireOwnedByUs(Path socket) throws ForeignLeaderException {
        OptionalLong owner = ProcessIdentity.ownerUid(socket);
        OptionalLong self = ProcessIdentity.uid();
        if (owner.isPresent() && self.isPresent() && owner.getAsLong() != self.getAsLong()) {
            throw new ForeignLeaderException(
                    "the daemon for " + layout.root() + " runs as another user (uid " + owner.getAsLong() + ", pid "
                            + pidText(holderPid()) + "); sessions cannot be shared across users");
        }
    }

    /** The socket belongs to another user while the lock is held: this process cannot share that leader (MI-17). */
    private static final class ForeignLeaderException extends Exception {
        private static final long serialVersionUID = 1L;

        ForeignLeaderException(String message) {
            super(message);
        }
    }

    private ProxyRelay.Link open(TransportPort.Connection connection) {
        generation++;
        ProxyRelay.Link link =
                new ProxyRelay.Link(connection, new LineWriter(connection.output()), generation, holderPid());
        Thread.ofPlatform()
                .name("leader-reader-" + generation)
                .daemon(true)
                .start(() -> LeaderLinkReader.run(link, relay, events));
        return link;
    }

    private Outcome giveUp(boolean reconnect) {
        long holder = holderPid();
        LOG.atError()
                .addKeyValue("holder_pid", holder)
                .log("acquire daemon lock: held by pid " + pidText(holder) + "; no leader answered on "
                        + layout.socketPath() + " within 30 s");
        relay.answerAll("shaktiman leader unavailable: no answer on " + layout.socketPath()
                + " for 30 s (lock held by pid " + pidText(holder) + ")");
        stderr.println(Messages.noLeaderAnswered(layout, holder));
        return new Outcome.Exit(1);
    }

    /** MI-29: a leader that accepts but never answers gets a ping, then its waiting requests are answered for it. */
    private void checkHungLeader() {
        ProxyRelay.Link link = relay.link();
        OptionalLong oldest = relay.oldestSentAt();
        long now = System.nanoTime();
        if (link == null
                || oldest.isEmpty()
                || now - oldest.getAsLong() < HUNG_AFTER_NANOS
                || now - relay.lastHeardNanos() < HUNG_AFTER_NANOS) {
            return;
        }
        Optional<shaktiman.app.protocol.Inspection.Response> pong =
                relay.proxyRequest(link, "ping", Wire.PING, PING_TIMEOUT_MS);
        if (pong.isPresent()) {
            return;
        }
        LOG.atError()
                .addKeyValue("holder_pid", link.leaderPid())
                .addKeyValue("socket", layout.socketPath().toString())
                .log("leader not responding");
        relay.answerSent("shaktiman leader (pid " + pidText(link.leaderPid())
                + ") is not responding; it was not stopped. Kill it to let another window take over");
    }

    /** MI-55: wait up to 2 s for in-flight answers, close the link, exit 0. */
    private int exitGracefully(String reason) {
        LOG.atInfo().addKeyValue("reason", reason).log("shutting down");
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(DRAIN_ON_EXIT_MS);
        while (!relay.idle() && System.nanoTime() < deadline) {
            LifecycleEvent event = poll(20);
            if (event instanceof LifecycleEvent.LeaderLost) {
                break;
            }
        }
        ProxyRelay.Link link = relay.detach();
        if (link != null) {
            link.connection().close();
        }
        return 0;
    }

    private LifecycleEvent poll(long millis) {
        try {
            return events.poll(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new LifecycleEvent.Signalled("interrupt");
        }
    }

    private long holderPid() {
        try {
            return lock.readHolderPid().orElse(-1);
        } catch (RuntimeException e) {
            LOG.atDebug().addKeyValue("error", e.getMessage()).log("cannot read the holder pid");
            return -1;
        }
    }

    static String pidText(long pid) {
        return pid < 0 ? "unknown" : Long.toString(pid);
    }
}
