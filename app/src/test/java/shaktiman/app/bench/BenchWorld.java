package shaktiman.app.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The benchmark's world: a fresh directory under /tmp with a generated project and a private TMPDIR (so that the
 * socket path is the benchmark's own), the daemons started in it, and a watchdog that ends any call past its deadline.
 * The daemons inherit the user's environment otherwise, so that they run as {@code bin/shaktimand} runs for the user
 * (the JVM's shared-archive cache under {@code $XDG_CACHE_HOME} or {@code $HOME/.cache} included).
 */
final class BenchWorld implements AutoCloseable {

    private static final int PROJECT_FILES = 200;

    private final Path shaktimanHome;
    private final Path base;
    private final Path root;
    private final Path tmpDir;
    private final List<BenchDaemon> daemons = new ArrayList<>();
    private final ScheduledExecutorService watchdog;
    private int started;

    private BenchWorld(Path shaktimanHome, Path base) {
        this.shaktimanHome = shaktimanHome;
        this.base = base;
        this.root = createDirectory(base.resolve("p"));
        this.tmpDir = createDirectory(base.resolve("t"));
        this.watchdog = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("bench-watchdog").daemon(true).factory());
        watchdog.scheduleWithFixedDelay(this::expireOverdueCalls, 100, 100, TimeUnit.MILLISECONDS);
        writeProject(root);
    }

    /** A fresh world running the {@code bin/shaktimand} of {@code shaktimanHome}. */
    static BenchWorld create(Path shaktimanHome) {
        try {
            // Directly under /tmp, never java.io.tmpdir: the socket path P must stay short (MI-14).
            Path base = Files.createTempDirectory(Path.of("/tmp"), "shkbench").toRealPath();
            return new BenchWorld(shaktimanHome, base);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temp directory under /tmp", e);
        }
    }

    /** The project root. */
    Path root() {
        return root;
    }

    /** Starts {@code bin/shaktimand <root>} labelled {@code label}, without waiting for anything. */
    BenchDaemon start(String label) {
        String name = label + "-" + ++started;
        Path stderr = base.resolve(name + ".err");
        ProcessBuilder builder = new ProcessBuilder(
                        shaktimanHome.resolve("bin/shaktimand").toString(), root.toString())
                .directory(base.toFile())
                .redirectError(stderr.toFile());
        Map<String, String> env = builder.environment();
        // Settings and test hooks of the user's shell must not change what is measured.
        env.keySet().removeIf(key -> key.startsWith("SHAKTIMAN_"));
        env.put("TMPDIR", tmpDir.toString());
        BenchDaemon daemon = BenchDaemon.start(name, builder, stderr);
        synchronized (daemons) {
            daemons.add(daemon);
        }
        return daemon;
    }

    /** Kills every daemon started here with its descendants, then deletes the directory. */
    @Override
    public void close() {
        watchdog.shutdownNow();
        List<ProcessHandle> survivors = new ArrayList<>();
        synchronized (daemons) {
            for (BenchDaemon daemon : daemons) {
                survivors.addAll(daemon.destroy(Duration.ofSeconds(10)));
            }
        }
        deleteTree(base);
        if (!survivors.isEmpty()) {
            throw new AssertionError("processes survived SIGKILL: " + survivors);
        }
    }

    private void expireOverdueCalls() {
        long now = System.nanoTime();
        synchronized (daemons) {
            daemons.forEach(daemon -> daemon.expireIfOverdue(now));
        }
    }

    /** A small Java project; the leader does not index yet (IX), so only the existence of the index matters. */
    private static void writeProject(Path root) {
        for (int i = 0; i < PROJECT_FILES; i++) {
            Path file = root.resolve("src/main/java/bench/p" + (i % 10) + "/Type" + i + ".java");
            String text =
                    "package bench.p" + (i % 10) + ";\n\n/** Generated type " + i + ". */\npublic final class Type" + i
                            + " {\n    public int value() {\n        return " + i + ";\n    }\n}\n";
            try {
                Files.createDirectories(file.getParent());
                Files.writeString(file, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file, e);
            }
        }
    }

    private static Path createDirectory(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // A leftover under /tmp is harmless; name it so that a leak can be traced.
            System.err.println("cannot delete benchmark directory " + dir + ": " + e);
        }
    }
}
