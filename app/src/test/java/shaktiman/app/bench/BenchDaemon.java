package shaktiman.app.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One {@code bin/shaktimand} process driven synchronously over its stdio: each call writes one request and reads lines
 * on the calling thread until the matching response, so that a measured latency holds no thread hand-off of the
 * benchmark's own. A call that outlives its deadline is ended by {@link #expireIfOverdue}, which kills the process.
 */
final class BenchDaemon implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROTOCOL_VERSION = "2025-11-25";

    private final String name;
    private final Process process;
    private final long startNanos;
    private final Path stderrFile;
    private final OutputStream stdin;
    private final InputStream stdout;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private long nextId;
    private volatile boolean waiting;
    private volatile long deadlineNanos;
    private volatile boolean expired;

    private BenchDaemon(String name, Process process, long startNanos, Path stderrFile) {
        this.name = name;
        this.process = process;
        this.startNanos = startNanos;
        this.stderrFile = stderrFile;
        this.stdin = process.getOutputStream();
        this.stdout = new BufferedInputStream(process.getInputStream(), 64 * 1024);
    }

    /** Starts {@code builder}, taking the start time just before the fork; its stderr must go to {@code stderrFile}. */
    static BenchDaemon start(String name, ProcessBuilder builder, Path stderrFile) {
        long started = System.nanoTime();
        try {
            return new BenchDaemon(name, builder.start(), started, stderrFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name + ": " + builder.command(), e);
        }
    }

    String name() {
        return name;
    }

    long pid() {
        return process.pid();
    }

    ProcessHandle handle() {
        return process.toHandle();
    }

    /** Sends {@code initialize} and {@code notifications/initialized}; returns the nanoseconds from the fork. */
    long initialize(Duration deadline) {
        ObjectNode params = JSON.createObjectNode().put("protocolVersion", PROTOCOL_VERSION);
        params.putObject("capabilities");
        params.putObject("clientInfo").put("name", "shaktiman-bench").put("version", "1");
        call("initialize", params, deadline);
        long elapsed = System.nanoTime() - startNanos;
        write(JSON.createObjectNode()
                .put("jsonrpc", "2.0")
                .put("method", "notifications/initialized")
                .toString());
        return elapsed;
    }

    /** The {@code structuredContent} of a {@code summary} tool call. */
    JsonNode summary(Duration deadline) {
        ObjectNode params = JSON.createObjectNode().put("name", "summary");
        params.putObject("arguments");
        JsonNode result = call("tools/call", params, deadline);
        if (result.path("isError").asBoolean(false) || !result.has("structuredContent")) {
            throw new AssertionError(name + ": summary failed: " + result);
        }
        return result.get("structuredContent");
    }

    /** The pid of the leader that answered a {@code summary} through this process (itself when it leads). */
    long leaderPid(Duration deadline) {
        return summary(deadline).path("daemon").path("pid").asLong(-1);
    }

    /** Sends a request and returns its {@code result}; fails on an error response, EOF or the deadline. */
    JsonNode call(String method, JsonNode params, Duration deadline) {
        long id = ++nextId;
        ObjectNode request =
                JSON.createObjectNode().put("jsonrpc", "2.0").put("id", id).put("method", method);
        if (params != null) {
            request.set("params", params);
        }
        deadlineNanos = System.nanoTime() + deadline.toNanos();
        waiting = true;
        try {
            write(request.toString());
            while (true) {
                JsonNode message = readMessage(method, deadline);
                if (message.path("id").isIntegralNumber()
                        && message.get("id").asLong() == id
                        && !message.has("method")) {
                    if (!message.has("result")) {
                        throw new AssertionError(name + ": " + method + " failed: " + message);
                    }
                    return message.get("result");
                }
            }
        } finally {
            waiting = false;
        }
    }

    /** Kills the process if a call has waited past its deadline; called by the world's watchdog. */
    void expireIfOverdue(long now) {
        if (waiting && now - deadlineNanos > 0) {
            expired = true;
            process.destroyForcibly();
        }
    }

    /** SIGKILL, sent now. */
    void kill9() {
        process.destroyForcibly();
    }

    /** Closes stdin (the client goes away) and waits for the exit, which must be 0 (MI-52). */
    void stop(Duration deadline) {
        try {
            stdin.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the stdin of " + name, e);
        }
        int status = awaitExit(deadline);
        if (status != 0) {
            throw new AssertionError(name + " exited " + status + " after its client closed; stderr:\n" + stderr());
        }
    }

    /** Waits for the process to end and returns its exit status. */
    int awaitExit(Duration deadline) {
        try {
            return process.onExit()
                    .get(deadline.toMillis(), TimeUnit.MILLISECONDS)
                    .exitValue();
        } catch (TimeoutException e) {
            throw new AssertionError(
                    name + " did not exit within " + deadline.toMillis() + " ms; stderr:\n" + stderr());
        } catch (ExecutionException e) {
            throw new AssertionError("waiting for " + name + " to exit failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted waiting for " + name + " to exit", e);
        }
    }

    Memory memory() {
        return Memory.of(pid());
    }

    /** The JVM's command line, from {@code /proc/<pid>/cmdline} (the launcher execs the JVM in place). */
    List<String> commandLine() {
        Path file = Path.of("/proc", Long.toString(pid()), "cmdline");
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return Arrays.asList(text.split("\0"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** What the process wrote to stderr so far (its last 4,000 characters). */
    String stderr() {
        try {
            String text = Files.readString(stderrFile, StandardCharsets.UTF_8);
            return text.length() <= 4000 ? text : "…" + text.substring(text.length() - 4000);
        } catch (IOException e) {
            return "(cannot read " + stderrFile + ": " + e + ")";
        }
    }

    /** Kills the process and its descendants; returns those still alive after {@code deadline}. */
    List<ProcessHandle> destroy(Duration deadline) {
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.addFirst(process.toHandle());
        all.forEach(ProcessHandle::destroyForcibly);
        long end = System.nanoTime() + deadline.toNanos();
        List<ProcessHandle> survivors = new ArrayList<>();
        for (ProcessHandle handle : all) {
            try {
                handle.onExit().get(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException | ExecutionException e) {
                survivors.add(handle);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                survivors.add(handle);
            }
        }
        return survivors;
    }

    @Override
    public void close() {
        List<ProcessHandle> survivors = destroy(Duration.ofSeconds(10));
        if (!survivors.isEmpty()) {
            throw new AssertionError(name + ": processes survived SIGKILL: " + survivors);
        }
    }

    @Override
    public String toString() {
        return name + "(pid " + pid() + ")";
    }

    private void write(String message) {
        try {
            stdin.write((message + "\n").getBytes(StandardCharsets.UTF_8));
            stdin.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": cannot write to stdin; stderr:\n" + stderr(), e);
        }
    }

    private JsonNode readMessage(String method, Duration deadline) {
        line.reset();
        try {
            int b;
            while ((b = stdout.read()) != -1 && b != '\n') {
                line.write(b);
            }
            if (b == -1) {
                throw new AssertionError(name + ": "
                        + (expired
                                ? "no answer to " + method + " within " + deadline.toMillis() + " ms"
                                : "stdout ended")
                        + " while waiting for the answer to " + method + "; stderr:\n" + stderr());
            }
            return JSON.readTree(line.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(
                    name + ": cannot read the answer to " + method + ": " + line.toString(StandardCharsets.UTF_8), e);
        }
    }
}
