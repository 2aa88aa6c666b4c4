package shaktiman.app.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * An external command the benchmark runs to fetch or unpack a corpus ({@code mvn}, {@code apt-get}, {@code dpkg},
 * {@code cp}): its output goes to a file, so a chatty command never blocks on a full pipe, and a failure comes back as
 * a reason to print, never as a number.
 *
 * @param exitCode the exit status, or -1 when the command could not be started or outlived its deadline
 * @param output the last 2,000 characters of its combined stdout and stderr, or why it did not run
 */
record Command(int exitCode, String output) {

    boolean succeeded() {
        return exitCode == 0;
    }

    /** Why the command failed, for a report line: the command, its status and the end of its output. */
    String failure(List<String> command) {
        String tail = output.strip().replace('\n', ' ');
        return String.join(" ", command) + " failed (exit " + exitCode + ")" + (tail.isEmpty() ? "" : ": " + tail);
    }

    /** Runs {@code command} in {@code directory} with no input; kills it after {@code deadline}. */
    static Command run(List<String> command, Path directory, Duration deadline) {
        Path log;
        try {
            log = Files.createTempFile("shkbench-cmd", ".log");
        } catch (IOException e) {
            return new Command(-1, "cannot create a temp file for the output of " + command + ": " + e.getMessage());
        }
        try {
            Process process = new ProcessBuilder(command)
                    .directory(directory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .redirectInput(
                            ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                    .start();
            if (!process.waitFor(deadline.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                return new Command(-1, "no exit within " + deadline.toSeconds() + " s; " + tail(log));
            }
            return new Command(process.exitValue(), tail(log));
        } catch (IOException e) {
            return new Command(-1, "cannot run " + command.getFirst() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Command(-1, "interrupted");
        } finally {
            try {
                Files.deleteIfExists(log);
            } catch (IOException e) {
                System.err.println("cannot delete " + log + ": " + e);
            }
        }
    }

    private static String tail(Path log) {
        try {
            String text = new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
            return text.length() <= 2000 ? text : "…" + text.substring(text.length() - 2000);
        } catch (IOException e) {
            return "(cannot read the output: " + e.getMessage() + ")";
        }
    }
}
