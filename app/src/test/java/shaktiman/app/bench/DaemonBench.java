package shaktiman.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Measures real {@code bin/shaktimand} processes over their stdio and reports MI-13's figures (scenario 30) with
 * ping latency, failover time and the proxy's memory, each next to its target; it fails only when something does not
 * work, never on a missed target. Run by {@code bin/bench-daemon} (the {@code bench} profile), never by {@code verify}.
 */
@Timeout(value = 20, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class DaemonBench {

    private static final int STARTS = 10;
    private static final int WARM_UP_PINGS = 2_000;
    private static final int PINGS = 10_000;
    private static final int PING_BLOCK = 1_000;
    private static final int FAILOVERS = 20;

    /** Bounds for something that does not work at all; far above any target, they never decide a figure. */
    private static final Duration START = Duration.ofSeconds(60);

    private static final Duration CALL = Duration.ofSeconds(30);
    private static final Duration PING = Duration.ofSeconds(10);

    /** How long the processes stay idle before their idle memory is read: two of the JVM's native-heap trims. */
    private static final Duration IDLE = Duration.ofSeconds(10);

    @Test
    void daemon_onExistingIndex_reportsStartPingFailoverAndMemory() {
        Path home = BenchSetup.shaktimanHome();
        String loadAtStart = MachineFacts.currentLoadAverage();
        try (BenchWorld world = BenchWorld.create(home)) {
            prepareIndex(world);
            Samples leaderInitialize = leaderStarts(world);

            BenchDaemon leader = world.start("leader");
            leader.initialize(START);
            assertThat(leader.leaderPid(CALL)).as("%s leads", leader).isEqualTo(leader.pid());
            Samples proxyInitialize = proxyStarts(world, leader);

            BenchDaemon proxy = startProxy(world, leader);
            PingRun pings = pings(leader, proxy);
            Memory proxyBusy = proxy.memory();
            Memory leaderBusy = leader.memory();
            idle(IDLE);
            MemoryReading proxyMemory = new MemoryReading(proxyBusy, proxy.memory());
            MemoryReading leaderMemory = new MemoryReading(leaderBusy, leader.memory());
            MachineFacts machine = MachineFacts.collect(leader.commandLine(), home, loadAtStart);

            Samples failover = failovers(world, leader, proxy);

            DaemonReport report = new DaemonReport(
                    leaderInitialize,
                    proxyInitialize,
                    pings.direct(),
                    pings.relayed(),
                    failover,
                    proxyMemory,
                    leaderMemory,
                    machine);
            Path file = home.resolve("app/target/bench/daemon.md");
            report.writeTo(file);
            System.out.println(report.markdown());
            System.out.println("(written to " + file + ")");
        }
    }

    /** Starts and stops one leader, so that {@code .shaktiman/index.db} exists for the measured starts. */
    private static void prepareIndex(BenchWorld world) {
        BenchDaemon first = world.start("prepare");
        first.initialize(START);
        first.stop(CALL);
        assertThat(world.root().resolve(".shaktiman/index.db")).isRegularFile();
    }

    /** Process start to {@code initialize} answered, for leaders started one at a time on the existing index. */
    private static Samples leaderStarts(BenchWorld world) {
        long[] nanos = new long[STARTS];
        for (int i = 0; i < STARTS; i++) {
            BenchDaemon leader = world.start("leader-start");
            nanos[i] = leader.initialize(START);
            assertThat(leader.leaderPid(CALL)).as("%s leads", leader).isEqualTo(leader.pid());
            leader.stop(CALL);
        }
        return Samples.of(nanos);
    }

    /** Process start to {@code initialize} answered, for proxies of a running leader. */
    private static Samples proxyStarts(BenchWorld world, BenchDaemon leader) {
        long[] nanos = new long[STARTS];
        for (int i = 0; i < STARTS; i++) {
            BenchDaemon proxy = world.start("proxy-start");
            nanos[i] = proxy.initialize(START);
            assertThat(proxy.leaderPid(CALL))
                    .as("%s relays to %s", proxy, leader)
                    .isEqualTo(leader.pid());
            proxy.stop(CALL);
        }
        return Samples.of(nanos);
    }

    private static BenchDaemon startProxy(BenchWorld world, BenchDaemon leader) {
        BenchDaemon proxy = world.start("proxy");
        proxy.initialize(START);
        assertThat(proxy.leaderPid(CALL)).as("%s relays to %s", proxy, leader).isEqualTo(leader.pid());
        return proxy;
    }

    /**
     * Sequential pings, warmed up first, then in alternating blocks on the two processes so that a change in the
     * shared machine's load affects both alike. Returns the leader's latencies and the proxy's.
     */
    private static PingRun pings(BenchDaemon leader, BenchDaemon proxy) {
        for (int i = 0; i < WARM_UP_PINGS; i++) {
            leader.call("ping", null, PING);
            proxy.call("ping", null, PING);
        }
        long[] direct = new long[PINGS];
        long[] relayed = new long[PINGS];
        for (int block = 0; block < PINGS; block += PING_BLOCK) {
            timePings(leader, direct, block);
            timePings(proxy, relayed, block);
        }
        return new PingRun(Samples.of(direct), Samples.of(relayed));
    }

    /** Ping latencies on the leader's own stdio and through a proxy. */
    private record PingRun(Samples direct, Samples relayed) {}

    private static void timePings(BenchDaemon daemon, long[] into, int from) {
        for (int i = from; i < from + PING_BLOCK; i++) {
            long started = System.nanoTime();
            daemon.call("ping", null, PING);
            into[i] = System.nanoTime() - started;
        }
    }

    /**
     * SIGKILL of the leader to the first answer through an idle proxy; each round's promoted proxy is the next round's
     * leader, with a fresh proxy started beside it.
     */
    private static Samples failovers(BenchWorld world, BenchDaemon firstLeader, BenchDaemon firstProxy) {
        long[] nanos = new long[FAILOVERS];
        BenchDaemon leader = firstLeader;
        BenchDaemon proxy = firstProxy;
        for (int i = 0; i < FAILOVERS; i++) {
            long killed = System.nanoTime();
            leader.kill9();
            long answeredBy = proxy.leaderPid(CALL);
            nanos[i] = System.nanoTime() - killed;
            assertThat(answeredBy)
                    .as("after SIGKILL of %s, %s answers as the promoted leader", leader, proxy)
                    .isEqualTo(proxy.pid());
            leader.awaitExit(CALL);
            leader = proxy;
            proxy = startProxy(world, leader);
        }
        return Samples.of(nanos);
    }

    /**
     * Lets the daemons sit idle for {@code period}. This is the measured condition itself (memory of an idle process,
     * after the JVM's periodic trims), not a wait for an event, so there is nothing to poll for.
     */
    private static void idle(Duration period) {
        long end = System.nanoTime() + period.toNanos();
        for (long left = period.toNanos(); left > 0; left = end - System.nanoTime()) {
            LockSupport.parkNanos(left);
            if (Thread.currentThread().isInterrupted()) {
                throw new AssertionError("interrupted while the daemons were idle");
            }
        }
    }
}
