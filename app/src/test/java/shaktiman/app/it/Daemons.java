package shaktiman.app.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import shaktiman.core.daemon.ProjectLayout;

/**
 * One test's world: a fresh short directory under /tmp holding the project root, its own TMPDIR (so P stays under
 * MI-14's length limit and away from other tests) and HOME; it starts {@code bin/shaktimand}, {@code bin/shaktiman}
 * and helper JVMs with a controlled environment, and records every process so that the extension can destroy them.
 */
final class Daemons {

    /** MI-13 allows 2 s for a leader's {@code initialize}; a cold JVM on a loaded 2-core CI machine needs far more. */
    static final Duration LEADER_START = Duration.ofSeconds(60);

    /** Generous bound for short waits (a proxy's connect, a CLI run), well above any spec bound they relate to. */
    static final Duration SHORT = Duration.ofSeconds(30);

    private final Path base;
    private final Path root;
    private final Path tmpDir;
    private final Path home;
    private final Path shaktimanHome;
    private final List<Process> processes = new ArrayList<>();
    private final List<DaemonProcess> daemons = new ArrayList<>();
    private int nameCounter;
    private int cliCounter;

    private Daemons(Path base, Fixture fixture) {
        this.base = base;
        this.root = createDirectory(base.resolve("p"));
        this.tmpDir = createDirectory(base.resolve("t"));
        this.home = createDirectory(base.resolve("h"));
        this.shaktimanHome = shaktimanHome();
        fixture.writeInto(root);
    }

    /** A fresh world with {@code fixture} in its project root. */
    static Daemons create(Fixture fixture) {
        try {
            // Directly under /tmp, never java.io.tmpdir: P = $TMPDIR/shaktiman-<16 hex>.sock must stay < 100 bytes.
            return new Daemons(Files.createTempDirectory(Path.of("/tmp"), "shk"), fixture);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temp directory under /tmp", e);
        }
    }

    /** The repository checkout whose {@code bin/} and {@code app/target/} the tests run. */
    static Path shaktimanHome() {
        String configured = System.getProperty("shaktiman.home");
        Path candidate = configured != null
                ? Path.of(configured)
                : Path.of(System.getProperty("user.dir")).getParent();
        if (candidate == null || !Files.isExecutable(candidate.resolve("bin/shaktimand"))) {
            throw new IllegalStateException(
                    "system property shaktiman.home must name the repository root (with bin/shaktimand), got "
                            + candidate);
        }
        return candidate.toAbsolutePath().normalize();
    }

    /** The temp directory holding everything of this test. */
    Path base() {
        return base;
    }

    /** The project root R (its canonical form, as {@code /tmp} may itself be a symlink). */
    Path root() {
        return canonical(root);
    }

    /** The TMPDIR every process gets unless a test overrides it. */
    Path tmpDir() {
        return tmpDir;
    }

    Path home() {
        return home;
    }

    /** A new empty directory {@code base/<name>}. */
    Path newDir(String name) {
        return createDirectory(base.resolve(name));
    }

    /** The layout of the default root with the default TMPDIR. */
    ProjectLayout layout() {
        return layout(root(), tmpDir);
    }

    /** The layout of {@code projectRoot} for a process whose TMPDIR is {@code tmp}. */
    static ProjectLayout layout(Path projectRoot, Path tmp) {
        return ProjectLayout.of(canonical(projectRoot), Map.of("TMPDIR", tmp.toString()));
    }

    /** The artefacts of the default root. */
    StateDir state() {
        return new StateDir(layout());
    }

    /** A launcher for {@code bin/shaktimand <root>} with this test's environment; adjust, then {@code start()}. */
    DaemonLauncher daemon() {
        return new DaemonLauncher(this, nextName(), root(), environment(tmpDir));
    }

    /** Starts {@code bin/shaktimand <root>} without waiting for anything. */
    DaemonProcess start() {
        return daemon().start();
    }

    /** Starts a daemon that must lead: waits until its {@code initialize} is answered (so P is bound, MI-8). */
    DaemonProcess startLeader() {
        return startLeader(daemon());
    }

    /** Starts {@code launcher}'s daemon and waits until its {@code initialize} is answered. */
    DaemonProcess startLeader(DaemonLauncher launcher) {
        DaemonProcess leader = launcher.start();
        leader.mcp().initialize(LEADER_START);
        return leader;
    }

    /**
     * Starts a second daemon on the default root and waits until it has answered {@code initialize} and logged
     * {@code connected as proxy} (MI-34).
     */
    DaemonProcess startProxy() {
        return startProxy(daemon());
    }

    /** Starts {@code launcher}'s daemon as a proxy of a running leader and waits until it is connected. */
    DaemonProcess startProxy(DaemonLauncher launcher) {
        DaemonProcess proxy = launcher.start();
        proxy.mcp().initialize(LEADER_START);
        new StateDir(launcher.layout()).awaitLog(proxy.pid(), "connected as proxy", SHORT);
        return proxy;
    }

    /** The environment every child gets: nothing inherited except PATH, JAVA_HOME and the locale. */
    Map<String, String> environment(Path tmp) {
        Map<String, String> env = new HashMap<>();
        env.put("PATH", System.getenv().getOrDefault("PATH", "/usr/local/bin:/usr/bin:/bin"));
        env.put("HOME", home.toString());
        env.put("TMPDIR", tmp.toString());
        String javaHome = System.getenv("JAVA_HOME");
        env.put("JAVA_HOME", javaHome != null ? javaHome : System.getProperty("java.home"));
        for (String passed : List.of("LANG", "LC_ALL")) {
            String value = System.getenv(passed);
            if (value != null) {
                env.put(passed, value);
            }
        }
        return env;
    }

    /** Runs {@code bin/shaktiman args} with stdin from /dev/null and {@code CI} unset; waits for its exit. */
    CliResult cli(String... args) {
        return cli(Map.of(), args);
    }

    /** As {@link #cli(String...)}, with {@code extraEnv} added to the environment. */
    CliResult cli(Map<String, String> extraEnv, String... args) {
        return cliWithin(SHORT.multipliedBy(2), extraEnv, args);
    }

    /** As {@link #cli(Map, String...)}, waiting up to {@code deadline} for the exit. */
    CliResult cliWithin(Duration deadline, Map<String, String> extraEnv, String... args) {
        int n = ++cliCounter;
        Path out = base.resolve("cli-" + n + ".out");
        Path err = base.resolve("cli-" + n + ".err");
        List<String> command = new ArrayList<>();
        command.add(shaktimanHome.resolve("bin/shaktiman").toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(base.toFile())
                .redirectInput(new File("/dev/null"))
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        builder.environment().clear();
        builder.environment().putAll(environment(tmpDir));
        builder.environment().putAll(extraEnv);
        Process process = launch(builder, "bin/shaktiman " + String.join(" ", args));
        try {
            if (!process.waitFor(deadline.toSeconds(), TimeUnit.SECONDS)) {
                throw new AssertionError("bin/shaktiman " + String.join(" ", args) + " did not exit within "
                        + deadline.toSeconds() + " s");
            }
            return new CliResult(
                    process.exitValue(),
                    Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the output of bin/shaktiman", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted waiting for bin/shaktiman", e);
        }
    }

    /**
     * Starts {@code bin/shaktiman args} with {@code extraEnv}, stdin from /dev/null and both streams in files, without
     * waiting; for tests that signal or kill a run midway.
     */
    CliProcess startCli(Map<String, String> extraEnv, String... args) {
        int n = ++cliCounter;
        Path out = base.resolve("cli-" + n + ".out");
        Path err = base.resolve("cli-" + n + ".err");
        List<String> command = new ArrayList<>();
        command.add(shaktimanHome.resolve("bin/shaktiman").toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(base.toFile())
                .redirectInput(new File("/dev/null"))
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        builder.environment().clear();
        builder.environment().putAll(environment(tmpDir));
        builder.environment().putAll(extraEnv);
        String what = "bin/shaktiman " + String.join(" ", args);
        return new CliProcess(launch(builder, what), what, out, err);
    }

    /**
     * Starts a test main class ({@code app/target/test-classes}) in a fresh JVM, on the class path, with the
     * packaged modules of {@code app/target/lib} on the module path so that it can use the real adapters.
     */
    Process startTestMain(Class<?> main, String... args) {
        Path target = shaktimanHome.resolve("app/target");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED,shaktiman.adapters.lock",
                "--module-path",
                target.resolve("lib").toString(),
                "--add-modules",
                "shaktiman.adapters.lock,com.fasterxml.jackson.databind",
                "-cp",
                target.resolve("test-classes").toString(),
                main.getName()));
        command.addAll(List.of(args));
        // stderr goes to a file: nobody drains it, and a full pipe would block the helper.
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(base.toFile())
                .redirectError(base.resolve(main.getSimpleName() + "-" + ++cliCounter + ".err")
                        .toFile());
        builder.environment().clear();
        builder.environment().putAll(environment(tmpDir));
        return launch(builder, main.getSimpleName());
    }

    Process launch(ProcessBuilder builder, String what) {
        try {
            Process process = builder.start();
            synchronized (processes) {
                processes.add(process);
            }
            return process;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + what + " (" + builder.command() + ")", e);
        }
    }

    void register(DaemonProcess daemon) {
        synchronized (processes) {
            daemons.add(daemon);
        }
    }

    Path shaktimandPath() {
        return shaktimanHome.resolve("bin/shaktimand");
    }

    /**
     * Destroys every process started here and its descendants. After a failure it prints each daemon's stderr and
     * the log for diagnosis and keeps the directory; after a pass it deletes the directory.
     */
    void close(boolean failed) {
        List<Process> started;
        synchronized (processes) {
            started = List.copyOf(processes);
        }
        List<ProcessHandle> survivors = new ArrayList<>();
        for (Process process : started) {
            survivors.addAll(ProcessTree.destroy(process.toHandle(), Duration.ofSeconds(10)));
        }
        if (failed) {
            printDiagnostics();
        } else {
            deleteTree(base);
        }
        if (!survivors.isEmpty()) {
            throw new AssertionError("processes survived SIGKILL: " + survivors);
        }
    }

    private void printDiagnostics() {
        StringBuilder text = new StringBuilder("=== daemon IT diagnostics, kept in ")
                .append(base)
                .append('\n');
        synchronized (processes) {
            for (DaemonProcess daemon : daemons) {
                text.append("--- ")
                        .append(daemon)
                        .append(" exit ")
                        .append(daemon.exitCode())
                        .append(", stderr:\n")
                        .append(McpClient.abbreviate(daemon.finalStderr(Duration.ofSeconds(2))))
                        .append('\n');
            }
        }
        state().log()
                .forEach(record ->
                        text.append(McpClient.abbreviate(record.raw())).append('\n'));
        System.err.print(text);
    }

    private String nextName() {
        int n = nameCounter++;
        return n < 26 ? String.valueOf((char) ('A' + n)) : "D" + n;
    }

    private static Path createDirectory(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
    }

    static Path canonical(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot resolve " + path, e);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // Leftovers under /tmp are harmless; say which, so that a leak can be traced.
            System.err.println("cannot delete test directory " + dir + ": " + e);
        }
    }
}
