package shaktiman.app.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/** What the figures depend on: the machine, its load when the run began, the JDK and JVM flags of a real daemon. */
record MachineFacts(
        int cpus,
        String cpuModel,
        long memoryMib,
        String loadAverage,
        String jdk,
        List<String> jvmFlags,
        String commit) {

    /** Collects the facts; {@code daemonCommandLine} is a running daemon's {@code /proc/<pid>/cmdline}. */
    static MachineFacts collect(List<String> daemonCommandLine, Path shaktimanHome, String loadAverageAtStart) {
        Path javaHome = Path.of(daemonCommandLine.getFirst()).getParent().getParent();
        return new MachineFacts(
                Runtime.getRuntime().availableProcessors(),
                procField(Path.of("/proc/cpuinfo"), "model name").orElse("unknown"),
                procField(Path.of("/proc/meminfo"), "MemTotal")
                        .map(kib -> Long.parseLong(kib.replace("kB", "").trim()) / 1024)
                        .orElse(-1L),
                loadAverageAtStart,
                jdk(javaHome),
                jvmFlags(daemonCommandLine),
                commit(shaktimanHome));
    }

    /** The 1, 5 and 15 minute load averages now. */
    static String currentLoadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read /proc/loadavg", e);
        }
    }

    /** The JVM options of the daemon's command line: the {@code -X…} flags, as bin/_launch passed them. */
    static List<String> jvmFlags(List<String> commandLine) {
        return commandLine.stream()
                .skip(1)
                .takeWhile(arg -> !arg.equals("--module-path") && !arg.equals("--module"))
                .filter(arg -> arg.startsWith("-X"))
                .toList();
    }

    private static Optional<String> procField(Path file, String name) {
        try {
            return Files.readAllLines(file).stream()
                    .filter(line -> line.startsWith(name))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static String jdk(Path javaHome) {
        Path release = javaHome.resolve("release");
        try {
            Map<String, String> fields = Files.readAllLines(release).stream()
                    .filter(line -> line.contains("="))
                    .collect(Collectors.toMap(
                            line -> line.substring(0, line.indexOf('=')),
                            line -> line.substring(line.indexOf('=') + 1).replace("\"", ""),
                            (first, second) -> first));
            return fields.getOrDefault("IMPLEMENTOR", "?") + " "
                    + fields.getOrDefault("JAVA_RUNTIME_VERSION", fields.getOrDefault("JAVA_VERSION", "?")) + " ("
                    + javaHome + ")";
        } catch (IOException e) {
            // The version is context, not a measured figure: say why it is missing rather than fail the run.
            return "unknown (cannot read " + release + ": " + e.getMessage() + ")";
        }
    }

    private static String commit(Path shaktimanHome) {
        ProcessBuilder git = new ProcessBuilder(
                        "git", "-C", shaktimanHome.toString(), "describe", "--always", "--dirty")
                .redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        try {
            Process process = git.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
                return "unknown (git: " + output + ")";
            }
            return output;
        } catch (IOException e) {
            return "unknown (cannot run git: " + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown (interrupted)";
        }
    }
}
