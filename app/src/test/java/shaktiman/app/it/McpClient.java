package shaktiman.app.it;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * An MCP client over one pair of streams (a child's stdio, or a socket): newline-delimited JSON-RPC 2.0 as in MI-18.
 * A reader thread records every line it receives, in order, so that tests can wait for a response by id and check
 * that an id was answered exactly once.
 */
final class McpClient implements AutoCloseable {

    /** The protocol version the harness negotiates (MCP-11's newest). */
    static final String PROTOCOL_VERSION = "2025-11-25";

    /** MI-19's line limit: 64 MiB, not counting the terminator. */
    static final long MAX_LINE_BYTES = 64L * 1024 * 1024;

    private static final long DEFAULT_WAIT_SECONDS = 30;
    private static final int PAD_CHUNK_BYTES = 1024 * 1024;

    /** Reads and writes protocol lines; configured for MI-19's 64 MiB, above Jackson's 20M-char string default. */
    static final ObjectMapper JSON = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxStringLength((int) MAX_LINE_BYTES)
                            .build())
                    .build())
            .build();

    /** One line received, with its parse (null when the line is not JSON). */
    record Line(String raw, JsonNode json) {

        /** The top-level {@code id}, or empty when the line has none or is not a JSON object. */
        Optional<JsonNode> id() {
            return json != null && json.isObject() && json.has("id") ? Optional.of(json.get("id")) : Optional.empty();
        }

        /** Whether the line is a JSON-RPC response: it has {@code result} or {@code error} and no {@code method}. */
        boolean isResponse() {
            return json != null && json.isObject() && !json.has("method") && (json.has("result") || json.has("error"));
        }
    }

    private final String name;
    private final InputStream in;
    private final OutputStream out;
    private final Thread reader;
    private final List<Line> lines = new ArrayList<>();
    private long bytesRead;
    private boolean eof;
    private String readFailure;

    McpClient(String name, InputStream in, OutputStream out) {
        this.name = name;
        this.in = in;
        this.out = out;
        this.reader = Thread.ofPlatform().daemon().name("mcp-reader-" + name).start(this::readLoop);
    }

    /** The label used in failure messages, e.g. {@code A} or {@code B}. */
    String name() {
        return name;
    }

    /** Sends {@code initialize} and returns its result. */
    JsonNode initialize() {
        return initialize(Duration.ofSeconds(DEFAULT_WAIT_SECONDS));
    }

    /** Sends {@code initialize} and returns its result, waiting at most {@code deadline}. */
    JsonNode initialize(Duration deadline) {
        Object id = "init-" + name;
        JsonNode response = request(
                id,
                "initialize",
                Map.of(
                        "protocolVersion",
                        PROTOCOL_VERSION,
                        "capabilities",
                        Map.of(),
                        "clientInfo",
                        Map.of("name", "shaktiman-it", "version", "1")),
                deadline);
        notify("notifications/initialized", null);
        return resultOf(response);
    }

    /** Sends a request and returns its response (the whole message), waiting the default 30 s. */
    JsonNode request(Object id, String method, Object params) {
        return request(id, method, params, Duration.ofSeconds(DEFAULT_WAIT_SECONDS));
    }

    /** Sends a request and returns its response (the whole message), waiting at most {@code deadline}. */
    JsonNode request(Object id, String method, Object params, Duration deadline) {
        sendRequest(id, method, params);
        return awaitResponse(id, deadline);
    }

    /** Calls a tool and returns the response message. */
    JsonNode callTool(Object id, String tool, Map<String, ?> arguments) {
        return request(id, "tools/call", toolParams(tool, arguments));
    }

    /** The {@code tools/call} params for {@code tool}. */
    static Map<String, Object> toolParams(String tool, Map<String, ?> arguments) {
        return Map.of("name", tool, "arguments", arguments);
    }

    /** Writes a request without waiting for its answer. */
    void sendRequest(Object id, String method, Object params) {
        ObjectNode message = JSON.createObjectNode().put("jsonrpc", "2.0");
        message.set("id", JSON.valueToTree(id));
        message.put("method", method);
        if (params != null) {
            message.set("params", JSON.valueToTree(params));
        }
        send(message.toString());
    }

    /** Writes a notification. */
    void notify(String method, Object params) {
        ObjectNode message = JSON.createObjectNode().put("jsonrpc", "2.0").put("method", method);
        if (params != null) {
            message.set("params", JSON.valueToTree(params));
        }
        send(message.toString());
    }

    /** Writes {@code rawLine} and a newline, as is. */
    void send(String rawLine) {
        write("send a line", rawLine.getBytes(StandardCharsets.UTF_8), 0, "\n".getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes one line made of {@code prefix}, {@code padBytes} ASCII {@code x} characters and {@code suffix}, streamed
     * in 1 MiB chunks so that a 65 MiB line never sits in the test's heap.
     */
    void sendPadded(String prefix, long padBytes, String suffix) {
        write(
                "send a padded line of " + padBytes + " bytes",
                prefix.getBytes(StandardCharsets.UTF_8),
                padBytes,
                (suffix + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private void write(String operation, byte[] head, long padBytes, byte[] tail) {
        synchronized (out) {
            try {
                out.write(head);
                if (padBytes > 0) {
                    byte[] chunk = new byte[(int) Math.min(PAD_CHUNK_BYTES, padBytes)];
                    Arrays.fill(chunk, (byte) 'x');
                    for (long left = padBytes; left > 0; left -= chunk.length) {
                        out.write(chunk, 0, (int) Math.min(chunk.length, left));
                    }
                }
                out.write(tail);
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException("client " + name + ": cannot " + operation, e);
            }
        }
    }

    /** Waits for the response to {@code id} (JSON type respected: 1 and "1" differ) and returns the message. */
    JsonNode awaitResponse(Object id, Duration deadline) {
        JsonNode wanted = JSON.valueToTree(id);
        return awaitLine(
                        deadline,
                        line -> line.isResponse()
                                && line.id()
                                        .filter(found -> sameId(found, wanted))
                                        .isPresent(),
                        "the response to id " + wanted)
                .json();
    }

    /** Waits for the first received line matching {@code test} and returns it. */
    Line awaitLine(Duration deadline, Predicate<Line> test, String description) {
        long end = System.nanoTime() + deadline.toNanos();
        synchronized (lines) {
            while (true) {
                for (Line line : lines) {
                    if (test.test(line)) {
                        return line;
                    }
                }
                if (eof) {
                    throw new AssertionError("client " + name + ": stream ended ("
                            + Optional.ofNullable(readFailure).orElse("EOF") + ") before " + description + "; received "
                            + summary());
                }
                long left = end - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("client " + name + ": no " + description + " within " + deadline.toMillis()
                            + " ms; received " + summary());
                }
                try {
                    lines.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("client " + name + ": interrupted waiting for " + description, e);
                }
            }
        }
    }

    /** Every line received so far whose top-level id equals {@code id}, responses and anything else alike. */
    List<Line> linesFor(Object id) {
        JsonNode wanted = JSON.valueToTree(id);
        return lines().stream()
                .filter(line -> line.id().filter(found -> sameId(found, wanted)).isPresent())
                .toList();
    }

    /**
     * The lines received after the first {@code from}, waiting up to {@code wait} for at least one; empty when none
     * came in time or the stream has ended. Lets a pipelining test consume responses in arrival order without
     * rescanning every line.
     */
    List<Line> linesAfter(int from, Duration wait) {
        long end = System.nanoTime() + wait.toNanos();
        synchronized (lines) {
            while (lines.size() <= from && !eof) {
                long left = end - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                try {
                    lines.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("client " + name + ": interrupted waiting for lines after " + from, e);
                }
            }
            return lines.size() <= from ? List.of() : List.copyOf(lines.subList(from, lines.size()));
        }
    }

    /** A snapshot of every line received so far. */
    List<Line> lines() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    /** Bytes received so far, terminators included. */
    long bytesRead() {
        synchronized (lines) {
            return bytesRead;
        }
    }

    /** Whether the stream has ended. */
    boolean atEof() {
        synchronized (lines) {
            return eof;
        }
    }

    /** Waits until the stream ends. */
    void awaitEof(Duration deadline) {
        Await.until(deadline, this::atEof, "client " + name + ": end of stream");
    }

    /** Closes the writing side, as a client that goes away does. */
    void closeOutput() {
        synchronized (out) {
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException("client " + name + ": cannot close its output", e);
            }
        }
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            // Closing a pipe whose reader died fails; the test is over either way, so only record it.
            System.err.println("client " + name + ": closing output failed: " + e);
        }
        try {
            in.close();
        } catch (IOException e) {
            System.err.println("client " + name + ": closing input failed: " + e);
        }
    }

    /** The result of a response, failing with the whole message when it is an error. */
    static JsonNode resultOf(JsonNode response) {
        if (!response.has("result")) {
            throw new AssertionError("expected a result, got " + abbreviate(response.toString()));
        }
        return response.get("result");
    }

    /** Whether two JSON-RPC ids are the same id: same JSON type and value (MI-20). */
    static boolean sameId(JsonNode a, JsonNode b) {
        if (a.isTextual() && b.isTextual()) {
            return a.textValue().equals(b.textValue());
        }
        if (a.isIntegralNumber() && b.isIntegralNumber()) {
            return a.bigIntegerValue().equals(b.bigIntegerValue());
        }
        return a.isNull() && b.isNull();
    }

    static String abbreviate(String text) {
        return text.length() <= 2000 ? text : text.substring(0, 2000) + "… (" + text.length() + " chars)";
    }

    private String summary() {
        StringBuilder text = new StringBuilder().append(lines.size()).append(" lines");
        int from = Math.max(0, lines.size() - 5);
        for (int i = from; i < lines.size(); i++) {
            text.append("\n  ").append(abbreviate(lines.get(i).raw()));
        }
        return text.toString();
    }

    private void readLoop() {
        try (in) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            byte[] chunk = new byte[64 * 1024];
            int n;
            while ((n = in.read(chunk)) != -1) {
                int start = 0;
                for (int i = 0; i < n; i++) {
                    if (chunk[i] == '\n') {
                        line.write(chunk, start, i - start);
                        record(line.toByteArray());
                        line.reset();
                        start = i + 1;
                    }
                }
                line.write(chunk, start, n - start);
            }
            if (line.size() > 0) {
                // A partial last line is recorded too: a test may need to see that a peer died mid-write.
                record(line.toByteArray());
            }
            finish(null);
        } catch (IOException e) {
            finish(e.toString());
        }
    }

    private void record(byte[] bytes) {
        int length = bytes.length;
        if (length > 0 && bytes[length - 1] == '\r') {
            length--;
        }
        String raw = new String(bytes, 0, length, StandardCharsets.UTF_8);
        JsonNode json;
        try {
            json = raw.isBlank() ? null : JSON.readTree(raw);
        } catch (IOException e) {
            // Not JSON: kept with a null parse, so that a test can assert that no such line ever arrives.
            json = null;
        }
        synchronized (lines) {
            bytesRead += bytes.length + 1;
            if (!raw.isBlank()) {
                lines.add(new Line(raw, json));
            }
            lines.notifyAll();
        }
    }

    private void finish(String failure) {
        synchronized (lines) {
            eof = true;
            readFailure = failure;
            lines.notifyAll();
        }
    }

    /** Waits (bounded) for the reader thread after the stream has been closed. */
    void joinReader(Duration deadline) {
        try {
            reader.join(deadline);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
